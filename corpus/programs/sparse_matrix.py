# Sparse matrices as dicts keyed by (row, col) tuples: add, multiply, transpose, power iteration.

def from_dense(m):
    d = {}
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            if v != 0:
                d[(i, j)] = v
    return d, len(m), len(m[0])


def to_dense(sp):
    d, n, m = sp
    out = [[0] * m for _ in range(n)]
    for (i, j), v in d.items():
        out[i][j] = v
    return out


def sp_add(a, b):
    d = dict(a[0])
    for k, v in b[0].items():
        d[k] = d.get(k, 0) + v
        if d[k] == 0:
            del d[k]
    return d, a[1], a[2]


def sp_mul(a, b):
    by_row = {}
    for (k, j), v in b[0].items():
        by_row.setdefault(k, []).append((j, v))
    d = {}
    for (i, k), v in a[0].items():
        for j, w in by_row.get(k, []):
            d[(i, j)] = d.get((i, j), 0) + v * w
    d = {k: v for k, v in d.items() if v != 0}
    return d, a[1], b[2]


def sp_transpose(a):
    return {(j, i): v for (i, j), v in a[0].items()}, a[2], a[1]


def show(sp):
    for row in to_dense(sp):
        print("  " + " ".join(f"{v:4}" for v in row))


a = from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0], [5, 0, 0, 6]])
b = from_dense([[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]])
print("a has", len(a[0]), "nonzeros:", sorted(a[0].items()))
print("a + b:")
show(sp_add(a, b))
print("a * b:")
show(sp_mul(a, b))
print("a^T:")
show(sp_transpose(a))
print("(a*b)^T == b^T*a^T:", sorted(sp_transpose(sp_mul(a, b))[0].items()) == sorted(sp_mul(sp_transpose(b), sp_transpose(a))[0].items()))
neg = ({k: -v for k, v in a[0].items()}, 4, 4)
print("a + (-a) nonzeros:", len(sp_add(a, neg)[0]))

# PageRank-ish power iteration on a small link graph
links = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2], 4: [3, 2, 1]}
n = 5
rank = [1.0 / n] * n
for it in range(50):
    new = [0.15 / n] * n
    for src, outs in links.items():
        share = 0.85 * rank[src] / len(outs)
        for dst in outs:
            new[dst] += share
    rank = new
print("ranks:", [round(r, 5) for r in rank])
print("sum:", round(sum(rank), 10))


def by_rank(i):
    return (-rank[i], i)


print("order:", sorted(range(n), key=by_rank))
