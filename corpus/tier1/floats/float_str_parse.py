# Tests float() parsing of strings and str() of the results
for s in ["0", "1", "-1", "3.14", "  2.5\n", "1e5", "1E-5", "-1.5e+3", ".25", "7.", "1_0.5", "infinity", "-Inf", "nan"]:
    print(repr(s), float(s))
print(float("0.1") + float("0.2"))
print(float("123456789012345678901234567890"))
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float("9007199254740993"))
print(float("0.30000000000000004"), float("2.675"))
for s in ["1.0", "1.10", "01.5", "-000.25", "1e0", "1e-0", "1E+2", "3.0e-10"]:
    f = float(s)
    print(s, f, f * 2, str(f) == s)
total = 0.0
for tok in "1.5 2.25 -0.75 10".split():
    total += float(tok)
print(total)
print(float("12") == 12, float("-0") == 0, str(float("-0")))
