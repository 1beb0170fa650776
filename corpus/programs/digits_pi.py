# Digits of pi: Machin's formula with big ints and Rabinowitz-Wagon spigot.

def arctan_inv(x, scale):
    # arctan(1/x) * scale
    total = 0
    term = scale // x
    x2 = x * x
    n = 1
    sign = 1
    while term:
        total += sign * (term // n)
        term //= x2
        n += 2
        sign = -sign
    return total


def pi_machin(digits):
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)


def pi_spigot(n):
    length = (10 * n) // 3 + 1
    a = [2] * length
    nines = 0
    predigit = 0
    out = []
    for j in range(n):
        q = 0
        for i in range(length, 0, -1):
            x = 10 * a[i - 1] + q * i
            a[i - 1] = x % (2 * i - 1)
            q = x // (2 * i - 1)
        a[0] = q % 10
        q = q // 10
        if q == 9:
            nines += 1
        elif q == 10:
            out.append(predigit + 1)
            for _ in range(nines):
                out.append(0)
            predigit = 0
            nines = 0
        else:
            out.append(predigit)
            predigit = q
            if nines:
                for _ in range(nines):
                    out.append(9)
                nines = 0
    out.append(predigit)
    return "".join(str(d) for d in out[1:])


m = pi_machin(800)
print("pi (machin):")
for i in range(0, 301, 60):
    chunk = m[i:min(i + 60, 301)]
    if chunk:
        print("  " + " ".join(chunk[j:j + 10] for j in range(0, len(chunk), 10)))
s = pi_spigot(120)
print("spigot 120:", s[:1] + "." + s[1:])
print("spigot agrees with machin:", s[:115] == m[:115])
pos = m.find("999999")
print("Feynman point at decimal place:", pos)
freq = {}
for ch in m[1:301]:
    freq[ch] = freq.get(ch, 0) + 1
print("digit frequencies:", [freq.get(str(d), 0) for d in range(10)])
approx = [(22, 7), (333, 106), (355, 113), (103993, 33102)]
for p, q in approx:
    val = p / q
    print(f"{p}/{q} = {val:.12f} error {abs(val - 3.141592653589793):.3e}")
