# Deep recursion in compiled code: fine up to the limit, RecursionError past it.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(900))


def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
print(depth(500))
