# Dict views compare as sets (keys, items) or by identity (values), and
# (key, value) in d.items() looks the key up.
d = {1: 2}
print(d.keys() == d.keys(), d.keys() == {1}, {1} == d.keys(), d.items() == {(1, 2)}, d.keys() != {1})
print({1: "a"}.items() == {1: "a"}.items(), d.values() == d.values(), d.keys() == [1], d.keys() == {1: 5}.keys())
print(d.keys() <= {1, 2}, d.keys() < {1}, {1, 2} >= d.keys(), d.items() > set(), d.keys() >= d.keys())
print((1, 2) in d.items(), (1, 3) in d.items(), 1 in d.items(), (1,) in d.items(), (2, 1) in d.items())
try:
    print(([1], 2) in d.items())
except TypeError as e:
    print(e)
try:
    print(d.keys() < [1])
except TypeError as e:
    print(e)
try:
    print(d.values() <= d.values())
except TypeError as e:
    print(e)
e = {"a": 1, "b": 2}
f = {"b": 2, "a": 1}
print(e.keys() == f.keys(), e.items() == f.items(), e.keys() - {"a"}, e.keys() & f.keys() == {"a", "b"})
print(sorted(e.items()) == sorted(f.items()), e.values() != f.values())
