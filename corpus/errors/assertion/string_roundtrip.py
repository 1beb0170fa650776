# Run-length encoding round trip, asserted equal; the encoder drops a final single character.
def encode(s):
    out = ""
    i = 0
    while i < len(s) - 1:
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += str(j - i) + s[i]
        i = j
    return out

def decode(e):
    return "".join(e[k + 1] * int(e[k]) for k in range(0, len(e), 2))

for text in ["aaabcc", "xyz", "qqqq"]:
    enc = encode(text)
    print(text, enc)
    assert decode(enc) == text, f"round trip failed for {text!r}: got {decode(enc)!r}"
