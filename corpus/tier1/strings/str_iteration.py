# Tests iterating over strings, building strings, and char classification
s = "Hello, World! 123"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c for c in s if c.isalpha()], "".join(c for c in s if c.isdigit()))
up = 0
low = 0
other = 0
for c in s:
    if c.isupper():
        up += 1
    elif c.islower():
        low += 1
    else:
        other += 1
print(up, low, other)
res = ""
for i, c in enumerate("abcdef"):
    res += c.upper() if i % 2 == 0 else c
print(res)
def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + k) % 26 + ord("a")))
        else:
            out.append(c)
    return "".join(out)
print(caesar("hello world", 3), caesar(caesar("hello world", 3), -3))
print(list("abc"), tuple("xy"), sorted(set("mississippi")))
print(s.lower().count("l"), s.split(",")[1].strip())
def is_pal(w):
    return w == w[::-1]
print([w for w in ["level", "noon", "abc", "", "a", "ab"] if is_pal(w)])
