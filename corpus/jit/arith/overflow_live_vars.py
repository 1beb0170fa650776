# An int overflows the small-int range mid-loop while other int and float loop-carried variables are live.
def run(n):
    i_small = 0
    f_acc = 0.0
    f_mul = 1.0
    counter = 7
    grow = 1
    neg = -3
    history = []
    for i in range(n):
        i_small += i
        f_acc += i * 0.25
        f_mul *= 1.0625
        counter = (counter * 31 + 11) % 1009
        grow = grow * 5 + 1
        neg -= counter
        if i % 4 == 3:
            history.append((i, i_small, f_acc, round(f_mul, 6), counter, grow % 999983, neg))
    return i_small, f_acc, f_mul, counter, grow, neg, history


r = run(40)
for h in r[6]:
    print(h)
print(r[:6])


def two_phase(n):
    # 1000 iterations of small values first so the loop is specialized, then overflow
    x = 1
    y = 2.5
    z = 0
    for i in range(n):
        if i < 1000:
            x = (x + i) % 100
        else:
            x = x * 1000003
        y = y + 0.5
        z = z + 1
    return x, y, z


print(two_phase(1010))
print(two_phase(1003))


def overflow_then_use(n):
    a = 140737488355300
    b = 10
    c = 0.5
    out = []
    for i in range(n):
        a += b
        c = c * 2 + a % 3
        out.append((a, b, c))
        b += 1
    return out


for t in overflow_then_use(6):
    print(t)
