# Values an outer loop computes and an inner loop only reads are written back to the
# frame once, when the inner loop is entered: a deopt inside the inner loop (a float
# or a str where ints were seen) must find them there, current.
def scaled(rows):
    out = []
    for i in range(len(rows)):
        k = i * 3 + 1
        name = "row" + str(i)
        acc = 0
        for x in rows[i]:
            acc += x * k
        out.append((name, k, acc))
    return out


def tagged(rows):
    out = []
    j = 0
    for row in rows:
        j += 2
        label = str(j)
        try:
            total = 0
            for x in row:
                total += x + j
            out.append(label + ":" + str(total))
        except TypeError:
            out.append(label + ":" + "bad")
    return out


rows = [[1, 2, 3]] * 300 + [[1.5, 2, 3]] * 5 + [[4, 5.25]]
r = scaled(rows)
print(r[0], r[299], r[300], r[-1], len(r))
rows2 = [[1, 2]] * 250 + [[1, "x", 3]] + [[2.5, 1]] + [[7]]
print(tagged(rows2)[-4:])
