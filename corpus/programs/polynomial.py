# Polynomial arithmetic with coefficient lists (lowest degree first).

def trim(p):
    p = p[:]
    while len(p) > 1 and p[-1] == 0:
        p.pop()
    return p


def add(p, q):
    n = max(len(p), len(q))
    return trim([(p[i] if i < len(p) else 0) + (q[i] if i < len(q) else 0) for i in range(n)])


def sub(p, q):
    return add(p, [-c for c in q])


def mul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return trim(out)


def divmod_poly(p, q):
    # exact integer division when leading coefficient of q is 1 or divides
    p = trim(p)
    q = trim(q)
    quot = [0] * max(1, len(p) - len(q) + 1)
    rem = p[:]
    while len(rem) >= len(q) and rem != [0]:
        shift = len(rem) - len(q)
        coef = rem[-1] // q[-1]
        quot[shift] = coef
        rem = sub(rem, [0] * shift + [coef * c for c in q])
        if len(rem) == len(q) + shift and rem[-1] != 0:
            break
    return trim(quot), rem


def evaluate(p, x):
    v = 0
    for c in reversed(p):
        v = v * x + c
    return v


def derivative(p):
    if len(p) == 1:
        return [0]
    return [i * p[i] for i in range(1, len(p))]


def to_str(p):
    terms = []
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        a = abs(c)
        if i == 0:
            body = str(a)
        elif i == 1:
            body = ("" if a == 1 else str(a)) + "x"
        else:
            body = ("" if a == 1 else str(a)) + "x^" + str(i)
        terms.append((sign, body))
    if not terms:
        return "0"
    out = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    for sign, body in terms[1:]:
        out += f" {sign} {body}"
    return out


def power(p, n):
    result = [1]
    for _ in range(n):
        result = mul(result, p)
    return result


p = [1, -3, 0, 2]
q = [-1, 1]
print("p =", to_str(p))
print("q =", to_str(q))
print("p + q =", to_str(add(p, q)))
print("p - q =", to_str(sub(p, q)))
print("p * q =", to_str(mul(p, q)))
quot, rem = divmod_poly(p, q)
print("p / q =", to_str(quot), "remainder", to_str(rem))
print("p' =", to_str(derivative(p)), " p'' =", to_str(derivative(derivative(p))))
print("p(x) for x in -2..3:", [evaluate(p, x) for x in range(-2, 4)])
print("p(0.5) =", evaluate(p, 0.5))
for n in range(7):
    print(f"(x + 1)^{n} =", to_str(power([1, 1], n)))
print("(x - 1)^10 =", to_str(power([-1, 1], 10)))
cyclo = divmod_poly([-1] + [0] * 11 + [1], [-1, 1])
print("(x^12 - 1)/(x - 1) =", to_str(cyclo[0]), "rem", to_str(cyclo[1]))
roots = [1, -2, 3, 5]
poly = [1]
for r in roots:
    poly = mul(poly, [-r, 1])
print("poly with roots", roots, ":", to_str(poly))
print("values at roots:", [evaluate(poly, r) for r in roots])
