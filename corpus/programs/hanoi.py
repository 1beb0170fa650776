# Towers of Hanoi: recursive solution, iterative solution and a state check.

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def apply(n, moves):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for disk, src, dst in moves:
        top = pegs[src].pop()
        assert top == disk
        if pegs[dst]:
            assert pegs[dst][-1] > disk
        pegs[dst].append(disk)
    return pegs


def iterative(n):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    names = ["A", "B", "C"] if n % 2 == 0 else ["A", "C", "B"]
    moves = []
    total = 2 ** n - 1
    for i in range(total):
        if i % 3 == 0:
            a, b = names[0], names[1]
        elif i % 3 == 1:
            a, b = names[0], names[2]
        else:
            a, b = names[1], names[2]
        pa, pb = pegs[a], pegs[b]
        if pb and (not pa or pa[-1] > pb[-1]):
            a, b = b, a
            pa, pb = pb, pa
        disk = pa.pop()
        pb.append(disk)
        moves.append((disk, a, b))
    return moves, pegs


moves = []
hanoi(3, "A", "C", "B", moves)
for d, s, t in moves:
    print(f"move disk {d} from {s} to {t}")
print(apply(3, moves))

for n in range(1, 13):
    m = []
    hanoi(n, "A", "C", "B", m)
    it, pegs = iterative(n)
    final = apply(n, m)
    print(f"n={n:2d} moves={len(m):5d} iterative_same={it == m} done={final['C'] == list(range(n, 0, -1))}")

m = []
hanoi(10, "A", "C", "B", m)
counts = {}
for d, s, t in m:
    counts[d] = counts.get(d, 0) + 1
print("moves per disk:", [counts[d] for d in sorted(counts)])
