# Addition and subtraction crossing the 2**47 immediate/boxed boundary, both signs, in hot loops.
LIM = 140737488355327   # 2**47 - 1
NEG = -140737488355328  # -2**47


def up(start, n, step):
    x = start
    out = []
    for i in range(n):
        x = x + step
        out.append(x)
    return out


print(up(LIM - 3, 6, 1))
print(up(NEG + 3, 6, -1))
print(up(LIM - 10, 5, 5))
print(up(-LIM - 2, 6, -1))


def down(start, n):
    x = start
    seen = []
    for i in range(n):
        x -= 1
        seen.append(x)
        seen.append(x - LIM)
    return seen


print(down(LIM + 3, 6))
print(down(NEG + 2, 4))


def zigzag(n):
    x = LIM
    total = 0
    for i in range(n):
        if i % 2 == 0:
            x += 1
        else:
            x -= 1
        total += x
    return x, total


print(zigzag(2000))
print(zigzag(2001))


def mixed(n):
    a = LIM
    b = NEG
    s = 0
    for i in range(n):
        s = a + b + i
        a = a - i
        b = b + i
    return a, b, s


print(mixed(500))
print(LIM + 1, LIM + 1 - 1, NEG - 1, NEG - 1 + 1, -NEG, -(NEG - 1), -LIM)
print(type(LIM + 1 - 1) is int, LIM + 1 == 140737488355328, NEG - 1 == -140737488355329)
