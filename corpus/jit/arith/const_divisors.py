# Floor division and modulo by constants (powers of two become shifts and masks in
# compiled code; other divisors skip the range check), both signs, at the 48-bit edges.
def f(n):
    out = 0
    for x in range(-n, n):
        out += x // 2 + x % 2 * 3 + x // 8 * 5 + x % 16 * 7 + x // 7 * 11 + x % 7 * 13
        out += x // -4 * 17 + x % -4 * 19 + x // -1 + x % -1 + (x & 0xFF) + (x >> 3) + (x | 5) + (x ^ 9)
        out += x // 1 + x % 1
    return out
M = 2 ** 47
def g():
    vals = [M - 1, -M, -M + 1, M - 2, 0, 1, -1]
    t = []
    for _ in range(50):
        t = []
        for v in vals:
            t.append((v // 2, v % 2, v // 8, v % 8, v // -1, v % -1, v // 3, v % 3, v // -2, v % -2, v >> 5, v & 7))
    return t
for _ in range(20):
    r = f(500)
print(r)
print(g())
