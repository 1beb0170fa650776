# RecursionError: __getitem__ indexes self instead of the stored list.
class Row:
    def __init__(self, values):
        self.values = values

    def __len__(self):
        return len(self.values)

    def __getitem__(self, i):
        return self[i]

r = Row([4, 5, 6])
print(len(r))
print(r.values[1])
print(r[0])
