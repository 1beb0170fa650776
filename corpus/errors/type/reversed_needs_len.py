# reversed() of a sequence without a length says so (no len()), of a
# non-sequence that it is not reversible.
class NoLen:
    def __getitem__(self, i):
        return i
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Nothing:
    pass
print(list(reversed(Seq())))
for x in (NoLen(), Nothing(), 5):
    try:
        reversed(x)
    except TypeError as e:
        print(e)
