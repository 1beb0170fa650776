# round/divmod/pow/abs/chr/ord/hex/bin/oct/hash/format edge cases
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-1.5), round(2.675, 2), round(1.005, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1), round(True))
print(round(1234.5678, 2), round(1234.5678, -2), round(-0.4), round(-0.4, 0), round(5e-324, 400), round(1e300, -300))
print(round(123.456, -1), round(0.125, 2), round(0.375, 2), round(2.5, None), round(10 ** 30 + 5, -1))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, -5), pow(2, -1, 5), pow(-3, 3, 7), pow(10 ** 20, 3, 10 ** 9 + 7))
print(abs(-5), abs(-2.5), abs(10 ** 30 * -1), abs(True), abs(-0.0))
print(chr(65), chr(0x1F600), chr(233), ord("A"), ord("é"), ord("😀"))
print(hex(255), hex(-31), hex(2 ** 70), bin(10), bin(-5), oct(8), oct(-64), hex(True))
print(hash(1), hash(-1), hash(2 ** 61), hash(1.5), hash((1, 2)) == hash((1, 2)), hash(True), hash(0.0) == hash(0))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5), format(7))
print(ascii("héllo"), ascii([1, "ü"]), repr("x"), int("  42 "), float(" 1.5 "), str(3.0))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 100), sum([1.5, 2, 10 ** 20]))
print(min([3, 1, 2]), max([3, 1, 2]), min("bca"), max(1, 2.5), min([[2], [1, 5]]), max([1, 3, 3.0, 2]))
print(any([0, "", None]), any([0, 1]), all([]), all([1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda v: v % 2, range(7))))
print(list(enumerate("ab", start=5)), list(zip("abc", range(5), [True, False, None])), list(zip()))
cases = [
    lambda: round("a"),
    lambda: round(float("inf")),
    lambda: round(float("nan")),
    lambda: divmod(1, 0),
    lambda: divmod("a", 1),
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: pow(4, -1, 6),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: ord(5),
    lambda: hex(1.5),
    lambda: hash([1]),
    lambda: max(),
    lambda: max([]),
    lambda: min(1, 2, default=0),
    lambda: sum(["a", "b"], ""),
    lambda: reversed(5),
    lambda: map(len),
    lambda: filter(len),
    lambda: enumerate([1], "x"),
    lambda: sorted([1], [2]),
    lambda: abs("x"),
    lambda: format(1, 2),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
