# Integer modulo by zero: checksum modulus read from a config that is 0.
def checksum(data, modulus):
    total = 0
    for i, ch in enumerate(data):
        total = total * 31 + ord(ch) * (i + 1)
    return total % modulus

configs = [("alpha", 97), ("beta", 1000003), ("gamma", 0)]
for word, m in configs:
    print(word, m, checksum(word, m))
