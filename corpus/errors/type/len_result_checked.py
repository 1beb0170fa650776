# A user __len__'s result checked as CPython checks it, by len(), bool() and a
# condition alike.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [0, 3, -1, "a", 2**70, -2**70, True, 1.5]:
    for f in (bool, len, lambda x: "t" if x else "f", lambda x: not x):
        try:
            print(repr(n), f(L(n)))
        except (ValueError, TypeError, OverflowError) as e:
            print(repr(n), type(e).__name__, e)
class B:
    def __bool__(self): return 1
try:
    print(bool(B()))
except TypeError as e:
    print(e)
