# Rational arithmetic with tuples (num, den) and a hand-written gcd.

def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def make(n, d=1):
    if d == 0:
        return None
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    if g == 0:
        return (0, 1)
    return (n // g, d // g)


def add(a, b):
    return make(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def sub(a, b):
    return make(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def mul(a, b):
    return make(a[0] * b[0], a[1] * b[1])


def div(a, b):
    return make(a[0] * b[1], a[1] * b[0])


def show(r):
    if r[1] == 1:
        return str(r[0])
    return f"{r[0]}/{r[1]}"


def to_decimal(r, digits):
    n, d = r
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole, rem = divmod(n, d)
    out = []
    seen = {}
    while rem and len(out) < digits:
        if rem in seen:
            i = seen[rem]
            return f"{sign}{whole}." + "".join(out[:i]) + "(" + "".join(out[i:]) + ")"
        seen[rem] = len(out)
        rem *= 10
        out.append(str(rem // d))
        rem %= d
    if not out:
        return f"{sign}{whole}"
    return f"{sign}{whole}." + "".join(out)


def continued_fraction(r):
    n, d = r
    terms = []
    while d:
        q = n // d
        terms.append(q)
        n, d = d, n - q * d
    return terms


half = make(1, 2)
third = make(1, 3)
print(show(add(half, third)), show(sub(half, third)), show(mul(half, third)), show(div(half, third)))
print(show(make(6, -8)), show(make(0, 5)), show(make(10, 5)), make(1, 0))

h = (0, 1)
for k in range(1, 21):
    h = add(h, make(1, k))
print("H(20) =", show(h), "~", h[0] / h[1])

total = (0, 1)
for k in range(1, 30):
    total = add(total, make(1, k * (k + 1)))
print("telescoping sum:", show(total))

for r in (make(1, 7), make(22, 7), make(1, 6), make(-5, 12), make(1, 81), make(3, 8), make(7, 1)):
    print(f"{show(r):>6} = {to_decimal(r, 40)}  cf={continued_fraction(r)}")

# Bernoulli numbers with exact rationals
B = [(1, 1)]
for m in range(1, 16):
    s = (0, 1)
    for k in range(m):
        c = 1
        for i in range(k):
            c = c * (m + 1 - i) // (i + 1)
        s = add(s, mul(make(c), B[k]))
    B.append(mul(make(-1, m + 1), s))
print("Bernoulli:", ", ".join(show(b) for b in B))

# Egyptian fractions (greedy)
for r in (make(4, 13), make(5, 121), make(7, 15)):
    terms = []
    x = r
    while x[0] != 0:
        d = (x[1] + x[0] - 1) // x[0]
        terms.append(show(make(1, d)))
        x = sub(x, make(1, d))
    print(show(r), "=", " + ".join(terms))
