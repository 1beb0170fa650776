# Tests conditional expressions (ternary), including nesting and laziness
def t(x):
    print("eval", x)
    return x
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print(t("yes") if True else t("no"))
print(t("yes") if False else t("no"))
a = 5
b = 10 if a > 3 else 20
print(b, (1 if a else 2) + 100, [x if x % 2 else -x for x in range(5)])
print("even" if a % 2 == 0 else "odd", 1 / a if a else "inf")
c = 0
print(1 / c if c else "div-by-zero avoided")
s = "abc"
print(s[0] if s else "", (s if len(s) > 5 else s * 2))
print(max(a, 7) if a != 7 else "same", "x" if None else "y" if 0 else "z")
