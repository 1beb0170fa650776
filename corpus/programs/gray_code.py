# Bit manipulation: Gray codes, popcounts, bit reversal, subsets via bitmasks.

def gray(n):
    return n ^ (n >> 1)


def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


for i in range(16):
    g = gray(i)
    print(f"{i:2d} {i:04b} gray {g:04b} back {gray_inverse(g):2d} pop {popcount(i)} rev {reverse_bits(i, 4):04b}")

ok = all(popcount(gray(i) ^ gray(i + 1)) == 1 for i in range(1023))
print("adjacent gray codes differ in one bit:", ok)

items = ["a", "b", "c", "d"]
for mask in range(1 << len(items)):
    chosen = [items[i] for i in range(len(items)) if mask >> i & 1]
    print(f"{mask:04b} {chosen}")

# next permutation of bits (Gosper's hack): all 3-bit subsets of 6
x = 0b000111
out = []
while x < 1 << 6:
    out.append(f"{x:06b}")
    c = x & -x
    r = x + c
    x = (((r ^ x) >> 2) // c) | r
print(len(out), out)
print("popcounts 0..31:", [popcount(i) for i in range(32)])
print("bitwise on negatives:", -1 & 0xFF, -256 | 15, ~5, ~-1, -8 >> 1, -1 >> 10, 5 ^ -3)
print("big bits:", (1 << 100) | 1, ((1 << 100) - 1) & (0xF << 96), (1 << 100) >> 97)
print("bit lengths:", [len(bin(2 ** k - 1)) - 2 for k in range(1, 70, 7)])
