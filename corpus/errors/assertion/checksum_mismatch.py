# Compares a computed checksum with an expected one; assert with a tuple-building message.
def checksum(data):
    total = 0
    for i, b in enumerate(data):
        total = (total * 31 + b * (i + 1)) % 65521
    return total

packet = [12, 7, 99, 3, 41]
print("checksum:", checksum(packet))
expected = 34001
assert checksum(packet) == expected, ("bad checksum", checksum(packet), expected)
print("verified")
