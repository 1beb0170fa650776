# A set looked up in a set is looked up as a frozenset (never found here), and
# dict.pop on an empty dict returns the default without hashing the key.
s = {1, 2}
print({1} in s, {1} not in s)
s.discard({1})
print(s)
d = {}
print(d.pop([1], "dflt"))
try:
    d.pop([1])
except KeyError as e:
    print("KeyError", e)
d[1] = 2
try:
    d.pop([1], 0)
except TypeError as e:
    print(e)
try:
    s.add({1})
except TypeError as e:
    print(e)
s.remove({1})
