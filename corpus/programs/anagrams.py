# Group anagrams, find palindromes and word-square style puzzles in a word list.

WORDS = """listen silent enlist inlets google elgoog tinsel stone tones notes onset
seton evil vile live veil levi racecar level rotor civic kayak refer noon stats
angel glean angle pots stop tops spot opts post dusty study night thing below
elbow state taste cat act tac dog god part trap rapt tarp""".split()


def signature(w):
    return "".join(sorted(w))


groups = {}
for w in WORDS:
    groups.setdefault(signature(w), []).append(w)


def group_key(g):
    return (-len(g), sorted(g)[0])


multi = [sorted(g) for g in groups.values() if len(g) > 1]
multi.sort(key=group_key)
for g in multi:
    print(f"{len(g)}: {' '.join(g)}")
print("singletons:", sorted(g[0] for g in groups.values() if len(g) == 1))
pal = sorted(w for w in WORDS if w == w[::-1])
print("palindromes:", pal)
reversals = sorted(set((w, w[::-1]) for w in WORDS if w[::-1] in WORDS and w < w[::-1]))
print("reverse pairs:", reversals)


def letter_counts(w):
    c = {}
    for ch in w:
        c[ch] = c.get(ch, 0) + 1
    return c


def can_make(word, rack):
    have = letter_counts(rack)
    for ch, n in letter_counts(word).items():
        if have.get(ch, 0) < n:
            return False
    return True


rack = "setonilgar"
def longest_first(w):
    return (-len(w), w)


makeable = sorted(set(w for w in WORDS if can_make(w, rack)), key=longest_first)
print("from rack", rack, ":", makeable[:10])
longest_len = max(len(w) for w in WORDS)
print("longest words:", sorted(set(w for w in WORDS if len(w) == longest_len)))
vowels = set("aeiou")
print("vowel counts:", sorted(((sum(1 for ch in w if ch in vowels), w) for w in set(WORDS)), reverse=True)[:5])
