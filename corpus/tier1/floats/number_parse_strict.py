# int() and float() of strings: one sign, and only the whitespace CPython strips
# (not the ASCII separators U+001C..U+001F, which str.isspace accepts).
for s in ["--1", "-+1", "++1", "--1.5e3", "+-1", "1\x1c", "\x1f1", " 1 ", "\t1\n", "\u30001\u3000",
          "\x851", "1\xa0", "\x0b2\x0c", "-1", "+.5", "-.5e-3", "1e+5", "1e--5", "- 1"]:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, f(s))
        except ValueError as e:
            print(repr(s), f.__name__, e)
print("\x1c".isspace(), int(), int("12", base=8), int("z", 36))
try:
    int(base=10)
except TypeError as e:
    print(e)
