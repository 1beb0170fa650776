# The type names of the iterators built-ins return (map, zip, enumerate, filter, reversed).
for it in [map(str, [1]), zip([], []), enumerate([]), reversed([1, 2]), filter(None, [0, 1])]:
    print(type(it).__name__, next(iter([it])) is it)
print(list(map(str, [1, 2])), list(zip([1], [2])), list(enumerate("ab")), list(reversed([1, 2])), list(filter(None, [0, 1])))
print(type(reversed((1,))).__name__, type(reversed("ab")).__name__)
