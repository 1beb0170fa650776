# An uncaught IndexError raised from a method called in a loop of another method, after many good iterations.
class Buffer:
    def __init__(self, n):
        self.items = list(range(n))

    def at(self, i):
        return self.items[i]

    def window_sum(self, start, width):
        s = 0
        for j in range(start, start + width):
            s += self.at(j)
        return s


b = Buffer(100)
tot = 0
for start in range(0, 200, 5):
    tot += b.window_sum(start, 10)
    print(start, tot)
