# Every binary operator applied to every pair from a set of boundary ints, floats and bools (errors caught).
vals = [0, 1, -1, 3, -7, 140737488355327, 140737488355328, -140737488355328, -140737488355329,
        9223372036854775807, -9223372036854775808, 2 ** 64 + 1, -(10 ** 20), True, False, 2.5, -0.0, -1.5]


def apply(op, a, b):
    if op == 0:
        return a + b
    if op == 1:
        return a - b
    if op == 2:
        return a * b
    if op == 3:
        return a / b
    if op == 4:
        return a // b
    if op == 5:
        return a % b
    if op == 6:
        return a & b
    if op == 7:
        return a | b
    if op == 8:
        return a ^ b
    if op == 9:
        return a << b
    if op == 10:
        return a >> b
    if a < 0 and isinstance(b, float) and b != int(b):
        return "complex"
    return a ** b if abs(b) < 70 else "skip"


names = ["+", "-", "*", "/", "//", "%", "&", "|", "^", "<<", ">>", "**"]
for op in range(12):
    for a in vals:
        row = []
        for b in vals:
            if op == 9 and isinstance(b, int) and b > 200:
                row.append("big")
                continue
            try:
                r = apply(op, a, b)
                row.append(repr(r) if not isinstance(r, int) or abs(r) < 10 ** 30 else "~%d" % (r % 1000003))
            except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
                row.append(type(e).__name__[:4])
        print(names[op], repr(a), " ".join(row))
