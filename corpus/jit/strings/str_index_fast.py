# Indexing strs in hot loops: ASCII strs inline (negative indexes count from the end),
# non-ASCII strs, indexes out of range (IndexError), a site that later sees a list.
text = "the quick brown fox jumps over the lazy dog"
wide = "naïve café – ünïcödé"


def checksum(s):
    h = 0
    for i in range(len(s)):
        h = (h * 131 + ord(s[i])) % 1000000007
        h ^= ord(s[-1 - i])
    return h


for rnd in range(5):
    print(checksum(text), checksum(wide), checksum(text + wide), checksum(""))


def pick(s, idxs):
    out = []
    for i in idxs:
        try:
            out.append(s[i])
        except IndexError as e:
            out.append("IndexError: " + str(e))
    return out


for s in [text, wide, "x", [1, 2, 3], ("a", "b")]:
    r = None
    for rnd in range(30):
        r = pick(s, [0, 1, -1, -2, 2, 5, 40, -44, 100])
    print(r)
vowels = 0
for rep in range(50):
    for i in range(len(text)):
        c = text[i]
        if c == "a" or c == "e" or c == "i" or c == "o" or c == "u":
            vowels += 1
print(vowels)
