# Caesar shift that forgets to wrap around the alphabet.
alphabet = "abcdefghijklmnopqrstuvwxyz"
def shift(text, k):
    out = ""
    for ch in text:
        out += alphabet[alphabet.index(ch) + k]
    return out

print(shift("hello", 3))
print(shift("abc", 10))
print(shift("xyz", 3))
