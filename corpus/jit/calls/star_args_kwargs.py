# *args and **kwargs in definitions and at call sites, forwarding wrappers, called many times in loops.
def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def describe(*args, **kwargs):
    keys = sorted(kwargs)
    return len(args), args, [(k, kwargs[k]) for k in keys]


def wrapper(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print(total(), total(1), total(1, 2, 3.5), total(*range(10)), total(*[1, 2], *(3, 4)))
print(describe(), describe(1, "a", x=2, b=None))
print(wrapper(total, 1, 2, 3), wrapper(describe, 9, k=1), wrapper(max, [3, 9, 2], key=lambda v: -v))
acc = 0
for i in range(1200):
    args = (i, i + 1, i % 7)
    acc += total(*args) + wrapper(total, *args, 1)
print(acc)
opts = {"sep": "-", "end": "!\n"}
print("a", "b", "c", **opts)
d = {"x": 1, "y": 2}


def xy(x, y, z=0):
    return x * 10 + y + z


print(xy(**d), xy(**d, z=5), xy(3, **{"y": 4}), xy(*[1], **{"y": 9}))


def count_kw(**kw):
    return len(kw), sum(kw.values())


s = 0
for i in range(500):
    s += count_kw(a=i, b=1)[1]
print(s, count_kw())
try:
    xy(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
