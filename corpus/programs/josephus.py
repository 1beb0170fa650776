# Josephus problem: list simulation, recurrence, and a circular linked list in a dict.

def josephus_list(n, k):
    people = list(range(1, n + 1))
    order = []
    idx = 0
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order


def josephus_rec(n, k):
    pos = 0
    for m in range(2, n + 1):
        pos = (pos + k) % m
    return pos + 1


def josephus_linked(n, k):
    nxt = {i: i + 1 for i in range(1, n)}
    nxt[n] = 1
    cur = n
    order = []
    while len(order) < n:
        for _ in range(k - 1):
            cur = nxt[cur]
        victim = nxt[cur]
        order.append(victim)
        nxt[cur] = nxt[victim]
        del nxt[victim]
    return order


print("n=7, k=3:", josephus_list(7, 3))
print("n=10, k=2:", josephus_list(10, 2))
print("linked n=7, k=3:", josephus_linked(7, 3))
for n in (1, 2, 5, 10, 41, 100, 1000):
    for k in (2, 3, 7):
        a = josephus_list(n, k)[-1]
        b = josephus_rec(n, k)
        c = josephus_linked(n, k)[-1]
        print(f"n={n:4d} k={k}: survivor {a:4d} rec {b:4d} linked {c:4d}")
print("k=2 survivors 1..32:", [josephus_rec(n, 2) for n in range(1, 33)])
big = josephus_rec(10 ** 5, 7)
print("n=100000 k=7 survivor:", big)
