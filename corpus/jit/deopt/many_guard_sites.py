# A loop body with dozens of distinct typed operations (many guard sites) so stress-mode guard failures hit every one.
def body(n):
    i1 = 0
    i2 = 1
    f1 = 0.0
    f2 = 1.0
    s = ""
    lst = [0] * 8
    d = {"a": 0, "b": 0.0}
    t = (1, 2.0, "x")
    flags = 0
    for i in range(n):
        i1 = i1 + i
        i2 = (i2 * 3 + i) % 65521
        f1 = f1 + i * 0.5
        f2 = f2 * 0.999 + 0.001
        lst[i % 8] = lst[i % 8] + i2
        d["a"] = d["a"] + 1
        d["b"] = d["b"] + f2
        if i1 > i2:
            flags += 1
        if f1 >= f2:
            flags += 2
        if i & 1:
            flags ^= 4
        if i % 100 == 0:
            s = s + str(i2 % 10)
        u = t[0] + t[1]
        v = -i2 + (i1 >> 3) - (i1 << 1) // 7
        w = i2 / 7 - f2 // 0.3
        x = abs(v) % 97 if v else 0
        y = i1 if i1 < 10 ** 6 else i1 - 10 ** 6
        i1 = y
    return i1, i2, f1, round(f2, 9), s, lst, d["a"], round(d["b"], 6), flags, u, v, round(w, 6), x


print(body(2000))
print(body(1))
print(body(3))
