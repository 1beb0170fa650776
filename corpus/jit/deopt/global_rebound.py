# A global read in a hot loop is rebound to a different type (and value) mid-loop by the loop itself.
K = 3


def use(n):
    global K
    out = 0
    trace = []
    for i in range(n):
        out = out + K
        if i == 1000:
            K = 2.5
        elif i == 1500:
            K = 10 ** 20
        elif i == 1800:
            K = True
        if i % 300 == 0 or i in (1001, 1501, 1801):
            trace.append(repr(out))
    return out, trace


print(use(2000))
print(K)
K = "k"
try:
    use(5)
except TypeError as e:
    print("TypeError:", e)
K = 7
print(use(3)[0])
S = [1, 2, 3]


def reader(n):
    t = 0
    for i in range(n):
        t += len(S)
        if i == n // 2:
            set_s()
    return t


def set_s():
    global S
    S = "abcdefg"


print(reader(1000), S)
COUNTER = 0


def bump(n):
    global COUNTER
    for i in range(n):
        COUNTER += 1
        if COUNTER == 500:
            COUNTER = 500.5
    return COUNTER


print(bump(1000), COUNTER)
