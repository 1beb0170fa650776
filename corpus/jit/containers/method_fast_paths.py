# list.pop(), dict.get() and str + str in hot loops (inline helpers from the call
# site's inline cache), then receivers of other types at the same call sites, empty
# lists, missing keys, keys the helper cannot look up, user classes with a pop/get.


class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop() if self.items else "empty"

    def get(self, k, d=None):
        return ("user-get", k, d)


def drain(s, n):
    out = []
    for _ in range(n):
        try:
            out.append(s.pop())
        except IndexError as e:
            out.append("IndexError: " + str(e))
    return out


for rnd in range(40):
    r = drain(list(range(rnd % 7)), 5)
    if rnd % 10 == 0:
        print(r)
print(drain(Stack(), 3))
st = Stack()
st.items = [1, 2]
print(drain(st, 3))


def lookups(d, keys):
    out = []
    for k in keys:
        out.append(d.get(k))
        out.append(d.get(k, -1))
    return out


d = {1: "one", "two": 2, (3, 3): "tuple", 4.0: "four"}
for rnd in range(40):
    r = lookups(d, [1, "two", "zz", 99, (3, 3), 4, True])
    if rnd % 10 == 0:
        print(r)
print(lookups(Stack(), [1, 2]))
try:
    print(lookups(d, [[1]]))
except TypeError as e:
    print("TypeError:", e)


def build(n):
    s = ""
    t = "x"
    for i in range(n):
        s = s + "ab"[i % 2]
        t += s[-1]
        if len(s) > 50:
            s = ""
    return s, len(t)


for n in [10, 200, 1000]:
    print(build(n))
acc = ""
for i in range(300):
    acc += "é" if i % 3 == 0 else "."
    if i == 250:
        acc += str(i)
print(len(acc), acc[-10:])
try:
    for i in range(100):
        acc = acc + (i if i == 90 else "z")
except TypeError as e:
    print("TypeError:", e, len(acc))
