# A range iterator that the loop over it keeps its position of in a register,
# advanced through other references to it inside the loop: by a called function
# (next() on a global), and by an inner loop over the same iterator. The loop must
# read the position again after every call, and the inner loop's steps must show in
# the outer one.
it = iter(range(200))


def skip():
    return next(it, -1)


def skip_two():
    skip()
    return skip()


def consume(k):
    s = 0
    for x in it:
        s += x * 3 + skip()
        if x > k:
            break
    return s


def consume_nested_call(k):
    s = 0
    for x in it:
        s = s * 7 % 1000003 + x + skip_two()
        if x > k:
            break
    return s


def nested_same(n):
    r = iter(range(n))
    total = 0
    for a in r:
        for b in r:
            total += a * 100 + b
            if b % 5 == 0:
                break
    return total


def indexed(xs, n):
    r = iter(range(n))
    total = 0
    for i in r:
        total += xs[i] + xs[skip_local(r)]
    return total


def skip_local(r):
    return next(r, 0)


print(consume(40))
print(consume_nested_call(120))
print(next(it, "done"))
for n in (0, 1, 6, 31, 100):
    print(n, nested_same(n))
xs = list(range(50, 100))
for n in (10, 11, 50):
    print(n, indexed(xs, n))
