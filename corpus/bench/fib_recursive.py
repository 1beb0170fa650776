# Benchmark: deep call trees (naive Fibonacci, Ackermann-like and tak).
# krait-args: 16
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 31


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def count_partitions(total, largest):
    if total == 0:
        return 1
    if total < 0 or largest == 0:
        return 0
    return count_partitions(total - largest, largest) + count_partitions(total, largest - 1)


f = fib(n)
t = tak(n // 2, n // 3, n // 6)
p = count_partitions(n * 2, n)
print("fib:", f)
print("tak:", t)
print("partitions:", p)
