# GC: a compiled loop whose only allocations are made by builtins it calls
# (`list`, `range`), with the lists kept alive in between through a rolling window.
def work(n):
    keep = [None, None, None]
    t = 0
    for i in range(n):
        xs = list(range(i % 50))
        keep[i % 3] = xs
        t += len(xs)
        if keep[(i + 1) % 3] is not None:
            t += len(keep[(i + 1) % 3]) % 7
    return t


print(work(200000))
