# Tests str/repr of ints and hex/oct/bin of positive, negative and big ints
for n in [0, 1, -1, 255, -255, 4096, 2 ** 64, -(2 ** 70)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(hex(0xabcdef), oct(0o755), bin(0b1011))
print(str(10 ** 50))
print(len(str(3 ** 200)))
print(str(-123) + "!")
print(int(str(2 ** 99)) == 2 ** 99)
print(int(hex(2 ** 77), 16) == 2 ** 77)
print(int(bin(12345), 2), int(oct(-999), 8))
print(str(True), str(False), str(None))
print(repr(123), repr(-0))
for n in [7, -7, 100, 2 ** 32]:
    s = str(n)
    print(s, len(s), s[0], s[-1], int(s) + 1)
print(str(0), str(-0), str(+5), str(0x10), str(0o10), str(0b10))
print(repr(10 ** 18), repr(-(10 ** 18)))
print(str(1_000_000), int("1" * 25) - int("1" * 24))
