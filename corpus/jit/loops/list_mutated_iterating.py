# Lists mutated while being iterated (append, pop, remove, item assignment) follow CPython's index-based iteration.
xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 20:
        xs.append(x * 2 + 10)
print(seen, xs)
ys = list(range(10))
out = []
for y in ys:
    out.append(y)
    if y % 2 == 0 and ys:
        ys.pop(0)
print(out, ys)
zs = [1, 2, 3, 4, 5, 6]
for z in zs:
    if z % 2 == 0:
        zs.remove(z)
print(zs)
ws = [0] * 8
for i, w in enumerate(ws):
    if i + 1 < len(ws):
        ws[i + 1] = w + i
print(ws)


def grow(n):
    q = [0]
    processed = 0
    for item in q:
        processed += 1
        if 0 <= item < n:
            q.append(item + 1)
            if item % 3 == 0:
                q.append(-item - 1)
    return processed, len(q), q[-5:]


print(grow(300))
work = [5]
total = 0
while work:
    v = work.pop()
    total += v
    if v > 1:
        work.append(v - 1)
        work.append(v - 2)
print(total)
lst = list(range(10))
for v in lst:
    lst[:] = lst[:len(lst) - 1]
print(lst)
