# A plain loop at a function's very start (its header is pc 0) that indexes a list
# or tuple the loop never assigns, in a function with more entries after it (a
# second loop, an exception handler): the entry blocks are emitted before any
# instruction, and a helper call in one must not read the hoisted lists of the loop
# at pc 0 (a crash in modes eager and stress before this program).

def drain(a, n):
    while n > 0:
        n -= a[0] + a[1]
    total = 0
    for i in range(3):
        total += a[i] * i
    return n, total


def count_down(t, k):
    while k > 0:
        k -= t[k % 3]
    s = 0
    try:
        s = t[5]
    except IndexError:
        s = -1
    return k, s


acc = 0
for j in range(600):
    n, t = drain([1, 2, 3], j)
    acc += n + t
    k, s = count_down((1, 2, 3), j)
    acc += k + s
print(acc)
