# Set operations on integers (printed sorted so output never depends on iteration order).

def show(name, s):
    print(f"{name:<22} {sorted(s)}")


evens = set(range(0, 30, 2))
threes = {x for x in range(30) if x % 3 == 0}
primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
show("evens", evens)
show("threes", threes)
show("union", evens | threes)
show("intersection", evens & threes)
show("difference", evens - threes)
show("symmetric difference", evens ^ threes)
show("method union", evens.union(primes))
show("method intersection", primes.intersection(threes))
show("method difference", primes.difference(evens))
print("len, membership:", len(primes), 7 in primes, 8 in primes, 9 not in primes)
print("equal:", {1, 2, 3} == {3, 2, 1}, {1, 2} != {1, 2, 3})

s = set()
for x in (5, 3, 5, 1, 3, 9):
    s.add(x)
show("after adds", s)
s.discard(100)
s.discard(5)
s.remove(9)
show("after removes", s)
popped = []
t = {42}
popped.append(t.pop())
print("popped:", popped, "left:", len(t))

words = "the cat and the hat and the bat sat on the mat".split()
unique = set(words)
print("distinct words:", len(unique), sorted(unique))
letters_per_word = [len(set(w)) for w in words]
print("distinct letters per word:", letters_per_word)
print("common letters:", sorted(set("mathematics") & set("statistics")))
print("dedupe preserving order:", [w for i, w in enumerate(words) if w not in words[:i]])
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print("pairs:", sorted(pairs))
print("frozen-ish tuple keys:", sorted({(1, 2), (2, 1), (1, 2)}))
visited = set()
x = 1
steps = 0
while x not in visited:
    visited.add(x)
    x = (x * 7 + 3) % 50
    steps += 1
print("cycle detected after", steps, "steps at", x)
print("min/max/sum of set:", min(primes), max(primes), sum(primes))
print("set from string length:", len(set("mississippi")), "bool empty:", bool(set()), bool({0}))
