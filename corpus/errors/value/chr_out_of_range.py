# chr() of a negative code point produced by a shift cipher.
def shift(text, k):
    return "".join(chr(ord(ch) + k) for ch in text)

print(shift("abc", 1))
print(shift("HAL", 1))
print(shift("\x02\x01", -2))
