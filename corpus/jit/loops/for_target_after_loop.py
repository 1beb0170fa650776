# The loop variable after a `for` loop: the last item, the value from before an
# empty loop, the item a `break` left, in hot nested loops whose exits (a type
# guard failing mid-loop) write the frame back, with lists allocated inside.
def last_items(rows):
    out = []
    x = "before"
    for row in rows:
        for x in row:
            if x == 7:
                break
        out.append(x)
        acc = []
        for y in range(3):
            acc.append([y, x])
        out.append(len(acc))
    return out, x


def nested(n):
    total = 0
    j = -1
    for i in range(n):
        for j in range(i % 4):
            total += j
        total += j
    return total, i, j


def mixed(values):
    s = 0
    v = None
    for v in values:
        s += v
    return s, v


rows = [[1, 2, 3], [], [5, 7, 9], [4.5, 2], [], ["a"]]
print(last_items(rows * 50)[1])
print(last_items(rows * 50)[0][:24])
print(nested(500))
print(mixed(list(range(300)) + [0.5, 1.5] + list(range(300))))
print(mixed([]))
