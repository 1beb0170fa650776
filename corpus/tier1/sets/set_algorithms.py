# Tests using sets for dedup, seen-tracking, and graph reachability
data = [5, 3, 5, 1, 3, 9, 1, 1]
print(sorted(set(data)), len(set(data)))
seen = set()
first = []
for x in data:
    if x not in seen:
        seen.add(x)
        first.append(x)
print(first)
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [], 5: [1], 6: [0]}
def reach(start):
    visited = set()
    todo = [start]
    while todo:
        n = todo.pop()
        if n in visited:
            continue
        visited.add(n)
        for m in graph[n]:
            todo.append(m)
    return visited
for s in [0, 3, 4, 6]:
    print(s, sorted(reach(s)))
primes = set(range(2, 60))
for i in range(2, 8):
    primes -= set(range(i * i, 60, i))
print(sorted(primes))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), len(a | b), sorted(a ^ b)[:6])
