# Each built-in iterator is of CPython's type for it, as error messages and
# type(...).__name__ show.
its = [iter([]), iter(()), iter(""), iter("é"), iter(range(1)), iter(range(2**70, 2**70 + 1)),
       iter({}), iter(set()), zip(), zip([1]), reversed([]), reversed(range(2)), reversed("ab"),
       iter({}.keys()), iter({}.items()), iter({}.values()), map(abs, []), filter(None, []),
       enumerate([]), (x for x in [])]
for o in its:
    try:
        o[0]
    except TypeError as e:
        print(type(o).__name__, "|", e)
print(list(zip()), len(list(reversed(range(3)))))
it = iter([1])
next(it)
print(type(it).__name__, list(it))
len(iter({1: 2}.items()))
