# range's start/stop/step, count and index; dict.fromkeys; isdisjoint on views.
r = range(1, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(2, 9).step, range(10, 0, -2).stop)
print(r.index(7), r.count(7), r.count(8), r.count(True), range(-5, 5).index(-5), range(10, 0, -2).index(4))
print(r.index(7.0), r.count(10.0), range(2**70, 2**70 + 10).index(2**70 + 3), range(2**70).stop)
print(dict.fromkeys([3, 1, 2]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []), {}.fromkeys([1]))
d = {1: "a", 2: "b"}
print(d.keys().isdisjoint([3, 4]), d.keys().isdisjoint({2}), d.items().isdisjoint([(1, "a")]), d.keys().isdisjoint([]))
for bad in [lambda: r.index(8), lambda: r.index("x"), lambda: range(3).index(3.5)]:
    try:
        bad()
    except ValueError as e:
        print(e)
print(r.index(100))
