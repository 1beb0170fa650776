# Build many lists in compiled loops while holding earlier ones live; verify every kept list afterwards.
def build(n):
    keep = []
    for i in range(n):
        row = [i, i * 2, str(i), [i] * 3, (i, -i), float(i) / 4]
        scratch = [0] * 50
        scratch[i % 50] = row
        if i % 3 == 0:
            keep.append(row)
    return keep


keep = build(3000)
bad = 0
for row in keep:
    i = row[0]
    if row[1] != i * 2 or row[2] != str(i) or row[3] != [i, i, i] or row[4] != (i, -i) or row[5] != i / 4:
        bad += 1
print(len(keep), bad, keep[0], keep[-1])


def chain(n):
    head = None
    for i in range(n):
        head = [i, head, "x" * (i % 7)]
    total = 0
    length = 0
    node = head
    while node is not None:
        total += node[0]
        length += len(node[2])
        node = node[1]
    return total, length


print(chain(2500))
big = [[j for j in range(i % 40)] for i in range(1500)]
print(sum(len(b) for b in big), big[39][-1], big[1499][:3])
