# Tests hash() of ints (exact values) and equality of hashes for strs/tuples
for v in [0, 1, -1, -2, 42, -42, 10 ** 6, True, False, 2 ** 40]:
    print(v, hash(v))
print(hash("abc") == hash("ab" + "c"), hash("x") == hash("y") or True)
print(hash((1, 2, 3)) == hash((1, 2) + (3,)), hash(("a", 1)) == hash(("a", 1)))
print(hash(()) == hash(tuple()), hash((0,)) == hash((False,)))
t1 = (1, "x")
t2 = (1, "x")
d = {t1: "v"}
print(d[t2], hash(t1) == hash(t2))
print(hash(10 ** 6) == 10 ** 6, hash(-3) == -3, hash(0) == hash(False))
print(hash(1) == hash(True), hash(2 ** 10) == 1024)
s1 = "".join(["k", "e", "y"])
s2 = "key"
print(hash(s1) == hash(s2), s1 == s2)
print(hash(("key", 1)) == hash((s1, 1)))
print(len({hash(1), hash(True)}), len({hash(x) for x in range(5)}))
print(hash(100) + hash(-100))
