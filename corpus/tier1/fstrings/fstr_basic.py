# Tests basic f-string interpolation of expressions and values
name = "Ada"
n = 7
xs = [1, 2, 3]
print(f"hello {name}")
print(f"{n} squared is {n * n}")
print(f"{name}{n}{name}")
print(f"list={xs} len={len(xs)} first={xs[0]} last={xs[-1]}")
print(f"{'quoted'} {'x' if n < 0 else 'y'}")
print(f"{n > 5} {n == 7 and 'yes'} {None}")
print(f"{{braces}} {{{n}}}")
print(f"{1.5} {0.1 + 0.2} {1e16} {-0.0}")
print(f"{(1, 2)} { {'a': 1} } {[]}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{name.upper()} {name[::-1]} {name * 2}")
print(f"")
print(f"{n}" + f"{n}", len(f"{n:5}"))
print(f"{'nested ' + str(n)}")
for i in range(3):
    print(f"row {i}: {'*' * (i + 1)}")
print(f"{3 + 4}{'-'}{3 - 4}")
