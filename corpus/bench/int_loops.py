# Benchmark: nested integer loops with arithmetic, modulo and bit operations.
# krait-args: 150
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 4600


def kernel(n):
    total = 0
    for i in range(n):
        row = 0
        for j in range(n):
            row += (i * j) % 7
        total += row ^ (i & 0xFF)
    return total


def collatz_sum(limit):
    steps = 0
    for start in range(1, limit):
        x = start
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
    return steps


def gcd_sum(limit):
    s = 0
    for a in range(1, limit):
        b = limit - a
        while b:
            a, b = b, a % b
        s += a
    return s


a = kernel(n)
b = collatz_sum(n * 4)
c = gcd_sum(n * 20)
print("kernel:", a)
print("collatz steps:", b)
print("gcd sum:", c)
print("checksum:", (a * 31 + b * 17 + c) % 1000000007)
