# Pascal's triangle lookup table queried for a row that was never built.
rows = [[1]]
for n in range(1, 6):
    prev = rows[-1]
    row = [1] + [prev[k - 1] + prev[k] for k in range(1, n)] + [1]
    rows.append(row)
    print(row)

def binom(n, k):
    return rows[n][k]

for n, k in [(4, 2), (5, 1), (5, 5), (7, 3)]:
    print(f"C({n},{k}) = {binom(n, k)}")
