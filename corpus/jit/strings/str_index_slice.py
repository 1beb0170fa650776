# str indexing and slicing by code point (incl. non-ASCII), ord/chr round trips and comparisons, in loops.
s = "Grüße, 世界! ✓ ok"
print(len(s), s[2], s[-1], s[7:9], s[::-1], s[::3], s[-4:-1])
codes = []
for ch in s:
    codes.append(ord(ch))
print(codes)
print("".join(chr(c) for c in codes) == s)


def caesar(text, k):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - 65 + k) % 26 + 65)
        else:
            out += ch
    return out


enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3), caesar("abc" * 200, 13)[:12])


def palins(words):
    return [w for w in words if w == w[::-1]]


print(palins(["level", "noon", "abc", "", "a", "été", "racecar", "ab"]))
cnt = 0
txt = "abracadabra" * 100
for i in range(len(txt) - 2):
    if txt[i:i + 3] == "abr":
        cnt += 1
print(cnt)
for i in [5, -20, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print(chr(955), ord("€"), chr(65) + chr(0x263A), "\u00e9" == "é", "\t".isspace())
