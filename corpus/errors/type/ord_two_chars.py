# ord() given a two-character string while building a checksum.
def checksum(tokens):
    total = 0
    for t in tokens:
        total = (total * 31 + ord(t)) % 1000
        print(repr(t), "->", total)
    return total

print(checksum(list("abc")))
print(checksum(["x", "y", "zz"]))
