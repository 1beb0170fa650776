# Ackermann-style deep/branchy recursion and mutual recursion (is_even/is_odd, Hofstadter) in compiled code.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print([ack(1, n) for n in range(5)], [ack(2, n) for n in range(5)], ack(3, 3))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print([is_even(i) for i in range(10)], is_odd(777), is_even(800))


def F(n):
    return 1 if n == 0 else n - M(F(n - 1))


def M(n):
    return 0 if n == 0 else n - F(M(n - 1))


print([F(i) for i in range(20)])
print([M(i) for i in range(20)])


def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)


mv = []
hanoi(10, "A", "B", "C", mv)
print(len(mv), mv[:4], mv[-2:])


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(12, 8, 4), tak(10.0, 5, 2))
