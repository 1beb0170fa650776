# Sets built from dicts and the set operators of dict keys/items views keep
# CPython's iteration order (the table is presized from the dict), with the view
# on either side.
d = {5: 0, 1: 0, 9: 0, 17: 0, 33: 0, 2: 0}
e = {9: 1, 40: 1, 17: 1, 3: 1}
print(set(d), set(e), set(d.keys()), set(d.items()) == set(d.items()))
print(d.keys() | e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys(), d.keys() & e.keys())
print(d.keys() | [3, 64], d.keys() - {1, 33}, d.keys() ^ {1, 9, 65}, d.keys() & [17, 5, 99])
print({1, 2, 33} | d.keys(), {1, 2, 33} - d.keys(), {1, 2, 33} ^ d.keys(), {1, 2, 33} & d.keys())
print([33, 8, 1] | d.keys(), (4, 5) - e.keys(), range(3) ^ d.keys(), [17, 2, 2] & d.keys())
print(sorted(d.items() & {(5, 0), (9, 1)}), sorted(d.items() - {(5, 0)}))
big = {i * 8: i for i in range(40)}
print(big.keys() & {8, 16, 24, 1}, {8, 16, 24, 1} & big.keys(), d.keys() & big.keys())
print(d.keys() - d.keys(), d.keys() ^ d, d.keys() | {}, d.keys() & d)
try:
    print(d.values() | {1})
except TypeError as exc:
    print(exc)
print(d.keys() | 5)
