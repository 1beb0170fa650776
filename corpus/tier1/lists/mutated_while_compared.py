# Lists changed by a user __eq__ while they are compared or searched: the comparison
# reads the items afresh, as CPython does (no crash, CPython's answers).
log = []


class Meddler:
    def __init__(self, target, name):
        self.target = target
        self.name = name

    def __eq__(self, other):
        log.append(self.name)
        if self.target:
            self.target.pop()
        return False

    def __hash__(self):
        return 1


xs = [1, 2, 3, 4, 5]
m = Meddler(xs, "a")
xs.insert(0, m)
print(42 in xs, len(xs), log)
ys = [Meddler(None, "b"), 7]
zs = [Meddler(None, "c"), 7]
print(ys == zs, ys != zs, log)
left = [Meddler([0, 0, 0], "d"), 1, 2]
right = [9, 1, 2]
print(left == right, (1, 2, 3) == (1, 2, 3), (1, 2) < (1, 2, 3), [3] > [2, 9], log)
t = (1, (2, 3), "x")
print(hash(t) == hash((1, (2, 3), "x")), t in [t], [t, t].count(t))
