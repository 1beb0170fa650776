# Run-length encoding and decoding, plus a simple LZ-style compressor.

def rle_encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev = ch
            count = 1
    out.append(f"{count}{prev}")
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def rle_pairs(data):
    pairs = []
    for x in data:
        if pairs and pairs[-1][0] == x:
            pairs[-1][1] += 1
        else:
            pairs.append([x, 1])
    return [tuple(p) for p in pairs]


def lz_compress(s, window=16):
    i = 0
    tokens = []
    while i < len(s):
        best_len = 0
        best_off = 0
        start = max(0, i - window)
        for j in range(start, i):
            length = 0
            while i + length < len(s) and s[j + length] == s[i + length] and length < 15:
                length += 1
            if length > best_len:
                best_len = length
                best_off = i - j
        if best_len >= 3:
            tokens.append((best_off, best_len))
            i += best_len
        else:
            tokens.append(s[i])
            i += 1
    return tokens


def lz_decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            for _ in range(length):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)


samples = [
    "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
    "aabcccccaaa",
    "abc",
    "",
    "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(f"{len(s):3d} -> {len(enc):3d}  {enc!r}  roundtrip={dec == s}")

print(rle_pairs([1, 1, 2, 2, 2, 3, 1, 1, 1, 1]))
print(rle_pairs("mississippi"))

text = "abracadabra abracadabra abracadabra! the cat sat on the mat; the cat sat."
toks = lz_compress(text)
print("tokens:", len(toks), "from", len(text), "chars")
print(toks[:20])
print("roundtrip:", lz_decompress(toks) == text)
