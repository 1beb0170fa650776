# Nested loops with break, continue and for/while-else at several depths inside compiled code.
def primes(n):
    out = []
    for i in range(2, n):
        for j in range(2, i):
            if j * j > i:
                out.append(i)
                break
            if i % j == 0:
                break
        else:
            out.append(i)
    return out


p = primes(300)
print(len(p), p[:10], p[-5:])


def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None


print(find_pair([3, 9, 1, 7, 5, 11], 12), find_pair([1, 2], 10))


def skip(n):
    tot = 0
    log = []
    for i in range(n):
        if i % 3 == 0:
            continue
        j = 0
        while j < i:
            j += 1
            if j % 4 == 0:
                continue
            if j > 6:
                break
            tot += j
        else:
            log.append(i)
    return tot, log


print(skip(40))


def flag_loop(grid):
    found = None
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v < 0:
                found = (r, c)
                break
        if found:
            break
    else:
        return "none", r
    return found, r


print(flag_loop([[1, 2], [3, -4], [-5, 6]]), flag_loop([[1], [2]]))


def triple(n):
    count = 0
    for a in range(1, n):
        for b in range(a, n):
            c2 = a * a + b * b
            c = int(c2 ** 0.5)
            if c >= n:
                break
            if c * c != c2:
                continue
            count += 1
    return count


print(triple(200))
