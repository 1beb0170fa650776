# GC: recursion without loops that builds a list in each call (compiled code's own
# allocation), each list live across the deeper calls, called from a loop.
def chain(n):
    if n == 0:
        return 0
    pair = [n, n + 1]
    rest = chain(n - 1)
    return rest + pair[1] - pair[0]


total = 0
for i in range(20000):
    total += chain(100)
print(total)
