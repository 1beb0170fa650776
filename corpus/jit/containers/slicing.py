# Slicing lists, tuples and strs with every combination of negative, out-of-range, None and step values.
data = list(range(10))
t = tuple(data)
s = "abcdefghij"
bounds = [None, 0, 3, -3, 12, -12]
steps = [None, 1, 2, -1, -3]


def slices(seq):
    out = []
    for a in bounds:
        for b in bounds:
            for c in steps:
                out.append(seq[a:b:c])
    return out


ls = slices(data)
ts = slices(t)
ss = slices(s)
print(len(ls), ls[:12])
print(ls[100:110])
print(ts[40:50])
print(ss[:30])
print(ss[150:])
print(all(list(x) == list(y) for x, y in zip(ls, ts)), all("".join(s[i] for i in x) == y for x, y in zip(ls, ss)))
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)


def hot(n):
    xs = list(range(50))
    tot = 0
    for i in range(n):
        a = i % 50
        part = xs[a:a + 5]
        tot += len(part) + sum(part[::2]) - xs[-a - 1:][0]
    return tot


print(hot(1000))
print(data[2 ** 70:], data[-(2 ** 70):3], s[::-(2 ** 65)], s[1:2 ** 64:3])
