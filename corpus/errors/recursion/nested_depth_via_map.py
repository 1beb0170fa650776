# RecursionError: measuring nesting depth through map() on a very deep list.
def depth(x):
    if not isinstance(x, list):
        return 0
    if not x:
        return 1
    return 1 + max(map(depth, x))

print(depth(5), depth([]), depth([1, [2, [3]], []]))
chain = []
for _ in range(3000):
    chain = [chain]
print(depth(chain))
