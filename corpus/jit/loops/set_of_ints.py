# for over sets of ints (deterministic order for small ints), set ops and membership in hot loops.
s = set()
for i in range(20):
    s.add(i * 7 % 23)
print(sorted(s), len(s))
tot = 0
for x in s:
    tot += x * x
print(tot)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.union(b) == a | b, a.intersection(b) == a & b, a.difference(b) == a - b)
for x in {3, 1, 2}:
    print(x)


def sieve_set(n):
    comp = set()
    primes = []
    for i in range(2, n):
        if i not in comp:
            primes.append(i)
            for j in range(i * i, n, i):
                comp.add(j)
    return primes[-5:], len(primes), len(comp)


print(sieve_set(2000))


def churn(n):
    st = set()
    for i in range(n):
        st.add(i % 97)
        if i % 5 == 0:
            st.discard((i * 3) % 97)
    return len(st), sum(st), min(st), max(st)


print(churn(2000))
big = {2 ** 70, 2 ** 70 + 1, -(2 ** 70)}
print(sorted(big), 2 ** 70 in big, 2 ** 71 in big)
e = {1, 2}
e.remove(1)
print(e, e.pop(), e)
try:
    e.remove(5)
except KeyError as err:
    print("KeyError:", err)
