# TypeError: a call's only * argument is not iterable; the error names the callee.
def total(*xs):
    return sum(xs)

class Shelf:
    def put(self, *items):
        return len(items)

print(total(*[1, 2, 3]), total(*(4, 5)), total(*range(3)), total(*{7: 0}))
print(Shelf().put(*"abc"))
for call in (lambda: print(*5), lambda: Shelf().put(*None), lambda: total(1, *None)):
    try:
        call()
    except TypeError as e:
        print(e)
count = 3
print(total(*count))
