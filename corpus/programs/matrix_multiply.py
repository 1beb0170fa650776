# Matrix arithmetic on lists of lists: multiply, transpose, power, identity checks.

def zeros(n, m):
    return [[0] * m for _ in range(n)]


def identity(n):
    out = zeros(n, n)
    for i in range(n):
        out[i][i] = 1
    return out


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = zeros(n, p)
    for i in range(n):
        row = a[i]
        orow = out[i]
        for k in range(m):
            aik = row[k]
            if aik == 0:
                continue
            brow = b[k]
            for j in range(p):
                orow[j] += aik * brow[j]
    return out


def transpose(a):
    return [list(col) for col in zip(*a)]


def matpow(a, e):
    result = identity(len(a))
    base = a
    while e > 0:
        if e & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e >>= 1
    return result


def show(name, m):
    print(name + ":")
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", matmul(a, b))
show("b*a", matmul(b, a))
show("a^T", transpose(a))
print("(ab)^T == b^T a^T:", transpose(matmul(a, b)) == matmul(transpose(b), transpose(a)))

fib = [[1, 1], [1, 0]]
for n in (10, 50, 100, 200):
    print(f"fib({n}) =", matpow(fib, n)[0][1])

m = [[(i * 3 + j * 5) % 7 - 3 for j in range(5)] for i in range(5)]
show("m", m)
show("m^3", matpow(m, 3))
tr = sum(matpow(m, 4)[i][i] for i in range(5))
print("trace(m^4) =", tr)

f = [[0.5, 0.25], [0.125, 1.0]]
show("f^5", matpow(f, 5))
