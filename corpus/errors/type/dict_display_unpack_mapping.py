# {**x} needs a mapping (an object with keys() is one).
class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k * 2
print({**{1: 2}, **M(), "c": 3})
for x in ([1], [(1, 2)], "ab", 5, None):
    try:
        print({**x})
    except TypeError as e:
        print(e)
