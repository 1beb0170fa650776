# Tests center, ljust, rjust and zfill with widths and fill chars
for w in ["a", "ab", "abc", "abcd", ""]:
    print("[" + w.center(6) + "]", "[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]", "[" + w.center(5, "*") + "]")
print("hi".center(7, "-"), "hi".center(8, "-"), "hi".center(1), "odd".center(6, "."))
print("x".ljust(4, "0"), "x".rjust(4, "0"), "long".ljust(2), "long".rjust(2))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("-".zfill(4), "3.14".zfill(8), "-0.5".zfill(6))
table = [("apple", 3), ("kiwi", 12), ("watermelon", 100)]
for name, n in table:
    print(name.ljust(12, ".") + str(n).rjust(5))
print("é".center(5, "~"), "日本".rjust(4, "*"))
for w in range(0, 8, 2):
    print(repr("xyz".center(w)), repr("xyz".ljust(w, "-")), repr("xyz".rjust(w, "-")), repr("7".zfill(w)))
print("a".center(4, "1"), "ab".center(5, "1"), "abc".center(6, "1"), "abcd".center(7, "1"))
print("-12".zfill(6), "+0".zfill(4), "0".zfill(0), "x-1".zfill(5))
print("Title".center(20, "=").upper())
