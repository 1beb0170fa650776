# str()/repr() of floats produced by unboxed float arithmetic in loops (shortest repr, exponents, -0.0).
vals = []
x = 1.0
for i in range(60):
    x = x * 3.7 if i % 2 else x / 1.9
    vals.append(x)
print([repr(v) for v in vals[:10]])
print([str(v) for v in vals[-6:]])
acc = 0.0
reps = []
for i in range(1, 1500):
    acc += 0.1
    if i % 149 == 0:
        reps.append(repr(acc))
print(reps)
special = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00001234, 5e-324, 1.7976931348623157e308,
           -1.5, 100.0, 2.0 ** 53, 2.0 ** 63, float(2 ** 47), -0.0, 1e22, 1e23]
for v in special:
    print(repr(v), str(v), f"{v}", "%s" % v, round(v, 3) if abs(v) < 1e300 else "big")
h = 0.0
for i in range(1000):
    h = h * 0.5 + i * 1e-3
print(h, -h, h * 1e300, h / 1e300)
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), str(-1e-7), repr(3.0e-5), str(float("inf")), str(-float("inf")))
