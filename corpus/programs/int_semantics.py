# Integer semantics: floor division and modulo signs, big ints, pow, divmod, conversions.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7), (10 ** 20, 3), (-(10 ** 20), 7), (6, 3)]
print(f"{'a':>22} {'b':>3} {'a//b':>22} {'a%b':>4} divmod")
for a, b in pairs:
    print(f"{a:>22} {b:>3} {a // b:>22} {a % b:>4} {divmod(a, b)}")
print(7 / 2, -7 / 2, 6 / 3, 10 ** 20 / 4, 1 / 3 * 3, 2 ** 62 / 2)
print(2 ** 10, 2 ** 100, (-2) ** 63, (-3) ** 5, 0 ** 0, 10 ** -2, (-2) ** -1)
print(pow(2, 10), pow(3, 200, 1000), pow(7, 0, 13), pow(-3, 3), pow(2, -1))
print(abs(-10 ** 30), -(2 ** 64), +5, -(-5), ~0, ~(2 ** 70))
big = 1
for i in range(1, 40):
    big = big * 1000003 + i
print(big, big % 998244353, big // 10 ** 100, len(str(big)))
print(big > 10 ** 200, big == big + 0, big - big, big * 0, big // big, -big // 7 * 7 + (-big % 7) == -big)
print(int("123456789012345678901234567890") * 2, int("-0042"), int("ff", 16), int("z", 36), int("0777", 8), int("1010", 2))
print(str(2 ** 200)[:20], repr(-(2 ** 65)), hex(2 ** 70), bin(2 ** 20 - 1), oct(2 ** 30))
print(max(2 ** 100, 3 ** 60), min(-(2 ** 100), -(3 ** 60)), sum(range(10 ** 5)), sum([2 ** 64] * 4))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 5 != 5, 2 ** 64 == 18446744073709551616, 10 ** 30 < 10.0 ** 30 * 2)
print(True + 1, True * 10, False - 1, int(True), bool(0), bool(-1), bool(10 ** 50))
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(10 ** 25 + 5, -1))
print(isinstance(5, int), isinstance(True, int), isinstance(5.0, int), isinstance(2 ** 100, int))
x = 12345678987654321
digits = []
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 << 62, 1 << 63, 1 << 64, (1 << 64) >> 63, -1 << 70, 12345 & 0xFF, 12345 | 1, 12345 ^ 12345)
acc = 0
for i in range(1, 101):
    acc += i ** 3
print("sum of cubes 1..100:", acc, acc == (100 * 101 // 2) ** 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2, 3037000500 * 3037000500)
