# Tests key equivalence of 1, 1.0 and True, and -0.0/0 as dict keys
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool"}
d2[1] = "int"
d2[1.0] = "float"
print(d2)
d3 = {0: "zero"}
d3[False] = "false"
d3[0.0] = "fz"
d3[-0.0] = "nz"
print(d3)
print({1: "a", 1.0: "b", True: "c"})
print({2.0: "x", 2: "y"})
print(d[1], d[1.0], d[True], 1 in d, 1.0 in d, True in d, 2 in d)
e = {10 ** 20: "big"}
print(e[10 ** 20], float(10 ** 20) in e, 10.0 ** 20 in e)
print(hash(1) == hash(True), hash(0) == hash(False), hash(2 ** 40) == hash(2 ** 40))
print(hash(42), hash(-7), hash(0), hash(True))
keys = [1, 1.0, True, 2, 2.0, 0, False, 0.0]
print({k: k for k in keys})
