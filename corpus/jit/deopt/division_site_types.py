# `/`, `//`, `%` and `**` at one site see int/int, int/float, float/int, big/small, bool operands in turn.
def div_site(pairs):
    out = []
    for a, b in pairs:
        out.append((a / b, a // b, a % b))
    return out


base = [(7, 2)] * 1000 + [(7.0, 2), (7, 2.0), (-7, 2), (2 ** 70, 3), (True, 2), (7, True), (-(2 ** 47), 7), (1e300, 1e-10)]
res = div_site(base)
print(res[0], len(res))
for r in res[-8:]:
    print(r)


def pow_site(pairs):
    out = []
    for a, b in pairs:
        out.append(a ** b)
    return out


pp = [(2, 10)] * 800 + [(2, -1), (2.0, 10), (10, 20), (-2, 3), (0.5, 2), (True, 5), (3, 0)]
print(pow_site(pp)[-7:])
