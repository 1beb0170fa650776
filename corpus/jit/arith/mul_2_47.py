# Multiplication crossing the 2**47 boundary and back, with signs and zeros, in compiled loops.
def doubling(x, n):
    out = []
    for i in range(n):
        x = x * 2
        out.append(x)
    return out


print(doubling(1 << 44, 6))
print(doubling(-(1 << 44), 6))
print(doubling(3, 50)[-5:])


def square_chain(x, n):
    res = []
    for i in range(n):
        x = x * x
        res.append(x)
    return res


print(square_chain(3, 6))
print(square_chain(-7, 5))


def products():
    pairs = [(11863283, 11863283), (11863283, 11863284), (-11863283, 11863284),
             (140737488355327, 1), (140737488355327, -1), (140737488355328, -1),
             (70368744177664, 2), (70368744177664, -2), (-70368744177664, 2),
             (1 << 23, 1 << 24), (0, 1 << 100), (-1, -140737488355328)]
    for a, b in pairs:
        p = a * b
        print(a, b, p, p // b if b else None, p - a * b)


products()


def mul_acc(n):
    acc = 1
    back = []
    for i in range(1, n):
        acc *= i
        if i % 5 == 0:
            back.append(acc % 1000003)
    for i in range(n - 1, 0, -1):
        acc //= i
    return back, acc


print(mul_acc(40))


def float_int_mul(n):
    f = 1.5
    k = 3
    for i in range(n):
        f = f * k
        k = k * 2
    return f, k


print(float_int_mul(30))
