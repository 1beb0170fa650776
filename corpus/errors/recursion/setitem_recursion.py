# RecursionError: __setitem__ assigns through self[...] instead of the inner dict.
class Registry:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self[key.lower()] = value

reg = Registry()
reg.data["cpu"] = 4
print(reg["cpu"])
reg.data["ram"] = 16
print(sorted(reg.data.items()))
reg["GPU"] = 1
