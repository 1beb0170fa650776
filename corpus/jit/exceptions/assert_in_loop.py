# assert statements inside compiled loops: passing thousands of times, then failing (caught) with and without a message.
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], "unsorted at %d: %r > %r" % (i, xs[i], xs[i + 1])
    return True


print(check_sorted(list(range(2000))))
try:
    check_sorted(list(range(1000)) + [5])
except AssertionError as e:
    print("AssertionError:", e)


def bare(n):
    count = 0
    for i in range(n):
        assert i < 1500
        count += 1
    return count


print(bare(1000))
try:
    bare(2000)
except AssertionError as e:
    print("AssertionError:", repr(str(e)))
x = 0
for i in range(100):
    assert isinstance(i, int) and i >= 0
    x += i
print(x)
assert x == 4950, "sum"
assert x == 4951, "expected %d" % 4951
