# A list or tuple index out of range, and a name bound nowhere, leave compiled code
# for the interpreter, which raises the IndexError or NameError at that instruction.
# Caught again and again in a hot loop: the site is compiled again without its
# speculation (for indexing) and keeps working; tracebacks name the right line.


def probe(xs, n):
    hits, misses = 0, 0
    for i in range(n):
        try:
            hits += xs[i % 7 - 3] + xs[i % 9]
        except IndexError:
            misses += 1
    return hits, misses


def store(xs, n):
    done, msg = 0, ""
    for i in range(n):
        try:
            xs[i % 6] = i
            done += 1
        except IndexError as e:
            done -= 1
            msg = str(e)
    return done, msg, xs


def lookup(n):
    found, msg = 0, ""
    for i in range(n):
        try:
            found += undefined_name if i % 3 else 1
        except NameError as e:
            msg = str(e)
    return found, msg


print(probe([1, 2, 3, 4, 5], 3000))
print(probe((10, 20, 30, 40, 50, 60, 70, 80), 3000))
print(store([0, 0, 0, 0], 1000))
print(lookup(1000))
undefined_name = 5
print(lookup(1000))


def last(xs):
    return xs[len(xs)]


for k in range(300):
    try:
        last([k])
    except IndexError:
        pass
last([1, 2, 3])
