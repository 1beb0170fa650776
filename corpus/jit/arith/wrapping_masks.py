# Int + - * whose result is masked at once ((a * b + c) & m) wrap around in 64 bits
# in compiled code: the mask needs only the low bits. Products past 2**64, negative
# operands, masks on either side, large constant masks, a mask of 0, and chains that
# must not wrap (a named intermediate, a mask that is not a constant, two products
# added, an operand that turns float or big mid-loop).
def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % 1000)
    return seed, sum(out)


def wide(n):
    acc = 0
    x = (1 << 46) - 3
    for i in range(n):
        acc ^= (x * (x - i) + i) & 0xFFFFFFFFFFF
        acc ^= 0x7FFF & (i * -987654321 - x)
        acc += (i - x * 7) & 0
        acc += (i * i * i * i) & 0x7FFFFFFFFFFF
    return acc


def named_intermediate(n):
    acc = 0
    for i in range(n):
        t = i * 123456789123
        acc += t & 0xFFFF
    return acc


def runtime_mask(n, m):
    acc = 0
    for i in range(n):
        acc += (i * 98765432123) & m
    return acc


def two_products(n):
    acc = 0
    for i in range(n):
        acc += (i * 3000000000 + i * 5000000000) & 0xFFFFF
    return acc


def changing(values):
    out = []
    for v in values:
        try:
            out.append((v * 1000003 + 7) & 0xFFFF)
        except TypeError as e:
            out.append(str(e))
    return out


print(lcg(42, 3000))
print(lcg(-7, 3000))
print(wide(3000))
print(named_intermediate(3000))
print(runtime_mask(3000, 0xFFFFFF))
print(runtime_mask(3000, -1))
print(two_products(3000))
vals = list(range(-600, 600, 3)) + [2 ** 70 + 5, -(2 ** 64), 2.5, True, 10 ** 20]
print(changing(vals))
