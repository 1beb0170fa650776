# Base conversion: to and from arbitrary bases, with big ints and negatives.

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(s, base):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    n = 0
    for ch in s.lower():
        n = n * base + DIGITS.index(ch)
    return -n if neg else n


def balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n != 0:
        r = n % 3
        if r == 0:
            out.append("0")
            n //= 3
        elif r == 1:
            out.append("+")
            n //= 3
        else:
            out.append("-")
            n = (n + 1) // 3
    return "".join(reversed(out))


for n in (0, 1, 7, 255, 256, 1000, -42, 123456789, 2 ** 64, -(3 ** 40)):
    print(f"{n}: bin={to_base(n, 2)} oct={to_base(n, 8)} hex={to_base(n, 16)} b36={to_base(n, 36)}")
    assert to_base(n, 2) == bin(n).replace("0b", "")
    assert to_base(n, 16) == hex(n).replace("0x", "")
    assert to_base(n, 8) == oct(n).replace("0o", "")

for s, b in (("ff", 16), ("777", 8), ("101010", 2), ("zz", 36), ("-1a", 16), ("krait", 36)):
    v = from_base(s, b)
    print(f"{s} in base {b} = {v} (int() says {int(s, b)})")

for n in range(-6, 12):
    print(n, balanced_ternary(n))

print(hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(int("0x1f", 16), int("0b101", 2), int("0o17", 8), int("  42  "), int("-0"), int("1_000"))
print(f"{255:x} {255:X} {255:o} {255:b} {255:08b} {3**30:,}")

# digit sums in several bases
for base in range(2, 11):
    s = 0
    n = 10 ** 20
    while n:
        s += n % base
        n //= base
    print(f"digit sum of 10**20 in base {base}: {s}")
