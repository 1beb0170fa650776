# __len__, __getitem__, __setitem__, __contains__, __iter__/__next__ and __bool__ driven by compiled loops.
class Ring:
    def __init__(self, n):
        self.data = list(range(n))

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i % len(self.data)]

    def __setitem__(self, i, v):
        self.data[i % len(self.data)] = v

    def __contains__(self, v):
        return v in self.data


r = Ring(7)
tot = 0
for i in range(2000):
    tot += r[i]
    if i % 100 == 0:
        r[i] = r[i] * 10
print(tot, len(r), r.data, 60 in r, 61 in r, 61 not in r)


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


s = 0
for v in Countdown(1500):
    s += v
print(s, list(Countdown(5)), sum(Countdown(10)), max(Countdown(4)), [x * 2 for x in Countdown(3)])


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Seq(6)), 16 in Seq(10), [v for v in Seq(4)])


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Sized:
    def __init__(self, k):
        self.k = k

    def __len__(self):
        return self.k


flags = [Flag(i % 3 == 0) for i in range(30)]
print(sum(1 for f in flags if f), [bool(Sized(k)) for k in range(3)], not Flag(False), Flag(True) and "yes", Sized(0) or "empty")
c = 0
i = 0
while Flag(i < 1000):
    i += 1
    if Sized(i % 4):
        c += 1
print(i, c)
