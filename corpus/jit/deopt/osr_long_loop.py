# A function called once that runs one long loop (on-stack-replacement territory) with many untouched live locals.
def once(n):
    a_int = 42
    a_big = 2 ** 70 + 3
    a_float = -2.5
    a_str = "keep"
    a_list = [1, [2, 3]]
    a_none = None
    a_bool = True
    a_tuple = (a_int, a_float)
    a_dict = {"k": a_list}
    total = 0
    ftot = 0.0
    for i in range(n):
        total += i % 7
        ftot += i * 0.001
        if i == n // 2:
            a_list.append(i)
    return (a_int, a_big, a_float, a_str, a_list, a_none, a_bool, a_tuple, a_dict, total, round(ftot, 6))


print(once(3000))
print(once(0))


def once_while():
    vals = [1, 2.5, "s", None, (1,)]
    i = 0
    hits = 0
    while i < 2500:
        if vals[i % 5] is None:
            hits += 1
        i += 1
    return vals, hits, i


print(once_while())
g_total = 0
g_keep = ["g", 1.5]
for _i in range(2500):
    g_total += _i & 3
print(g_total, g_keep, _i)
