# Roman numeral conversion both ways, with validation by round trip.

VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    parts = []
    for value, sym in VALUES:
        while n >= value:
            parts.append(sym)
            n -= value
    return "".join(parts)


def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = DIGITS[s[i]]
        if i + 1 < len(s) and DIGITS[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def is_canonical(s):
    return to_roman(from_roman(s)) == s


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444, 3888):
    r = to_roman(n)
    print(f"{n:5d} = {r:<16} back = {from_roman(r)}")

ok = all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip 1..3999:", ok)
best = 1
for n in range(1, 4000):
    if len(to_roman(n)) > len(to_roman(best)):
        best = n
print("longest numeral:", best, to_roman(best), len(to_roman(best)))

for s in ("IIII", "IV", "VX", "MCMXCIV", "XLII", "IC", "MMXXIV"):
    print(s, from_roman(s), "canonical" if is_canonical(s) else "non-canonical")

total_chars = sum(len(to_roman(n)) for n in range(1, 101))
print("characters to write 1..100:", total_chars)
