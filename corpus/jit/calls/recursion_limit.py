# Recursion past the limit raises RecursionError (caught, repeatedly, also from compiled loops); the program goes on.
import sys


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def forever(n):
    return forever(n + 1)


print(down(800))
caught = 0
for i in range(5):
    try:
        forever(0)
    except RecursionError:
        caught += 1
    print(down(100 * i))
print("caught", caught)


def guarded(n):
    try:
        return down(n)
    except RecursionError as e:
        return "too deep: " + str(e)


print(guarded(50), guarded(100000))
sys.setrecursionlimit(3000)
print(down(2500))
print(guarded(10 ** 6)[:9])


def depth_in_loop():
    results = []
    for n in [10, 500, 10 ** 5, 20]:
        try:
            results.append(down(n))
        except RecursionError:
            results.append(None)
    return results


print(depth_in_loop())


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print(sum(down(i) for i in range(30)))
