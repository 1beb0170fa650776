# Tests evaluation order, semicolons, line continuation, and expression statements
def t(x):
    print("eval", x)
    return x
r = t(1) + t(2) * t(3)
print(r)
lst = [t("a"), t("b")]
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(lst, d)
print(t(1), t(2), sep=t("-"))
a = 1; b = 2; c = a + b
print(c)
total = 1 + \
    2 + \
    3
print(total)
long_list = [
    1, 2,
    3,
]
print(long_list, (4 +
    5))
42
"string expression statement"
t("as statement")
x = [0, 1, 2]
i = 0
x[i], i = 5, 2
print(x, i)
i = 0
i, x[i] = 2, 7
print(x, i)
