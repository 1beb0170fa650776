# Word frequency count on an embedded text, sorted by count then word.

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only.
"""


def clean_word(w):
    out = ""
    for ch in w.lower():
        if ch.isalpha() or ch == "'":
            out += ch
    return out


words = []
for raw in TEXT.split():
    w = clean_word(raw)
    if w:
        words.append(w)

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1


def by_count_then_word(item):
    return (-item[1], item[0])


print("total words:", len(words))
print("distinct words:", len(freq))
ranked = sorted(freq.items(), key=by_count_then_word)
for word, count in ranked[:15]:
    print(f"{word:<12}{count:>4}  {'#' * count}")

by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(f"{length:2d}: {' '.join(sorted(by_len[length]))}")

longest = max(freq, key=len)
print("longest word:", longest)
print("once-only words:", sum(1 for w in freq if freq[w] == 1))
letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print("letter ranking:", "".join(k for k, v in sorted(letters.items(), key=by_count_then_word)))
bigrams = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=by_count_then_word)[:5])
