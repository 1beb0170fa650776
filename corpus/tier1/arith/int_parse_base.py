# Tests int() from strings with bases and int() of floats/bools
print(int("42"), int("-17"), int("  99  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0x1F", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("-0b11", 0))
print(int("z", 36), int("zz", 36), int("Hello", 36))
print(int("10", 3), int("210", 3), int("12", 5))
print(int("1_000_000"), int("0", 0), int("1_0", 16))
print(int("123456789012345678901234567890"))
print(int("-ffffffffffffffffffff", 16))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False), int(7))
print(int("  -0  "), int("00012"))
s = "31415"
total = 0
for ch in s:
    total = total * 10 + int(ch)
print(total, total == int(s))
print(int("11111111", 2) + 1)
print(int("7fffffffffffffff", 16), int("8000000000000000", 16))
