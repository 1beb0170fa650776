# GC: recursion without loops whose allocations are made by builtins, the lists
# still referenced from the frames below while deeper calls allocate more.
def build(n):
    if n == 0:
        return 0
    x = list(range(20))
    below = build(n - 1)
    return below + len(x) + x[n % 20]


total = 0
for i in range(6000):
    total += build(100)
print(total)
