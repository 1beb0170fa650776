# A variable changes type mid-loop: int, then float, then str, then list.
def walk(n):
    v = 0
    out = []
    for i in range(n):
        if i == 5:
            v = v + 0.5
        elif i == 10:
            v = str(v)
        elif i == 15:
            v = [v]
        if i < 10:
            v = v + 1
            v = v * 2
            v = v - 1
        elif i < 15:
            v = v + "!"
        else:
            v = v + [i]
        out.append(v if i < 15 else len(v))
    return out


for x in walk(20):
    print(x)
a = 1
for i in range(6):
    b = a < 3.5
    c = a == 2.0
    d = a / 2
    a = a + 0.75 if i % 2 else a + 1
    print(a, b, c, d, a // 1, a >= 2, a != 3)
