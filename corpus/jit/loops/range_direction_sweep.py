# Every combination of small start, stop and step (both signs, empty ranges
# included) through one compiled range loop: the loop's test must stop exactly
# where CPython's range does, counting up and counting down.


def count(a, b, s):
    n = 0
    last = None
    for i in range(a, b, s):
        n += 1
        last = i
    return n, last


checksum = 0
empties = 0
for a in range(-9, 10, 3):
    for b in range(-10, 11):
        for s in (1, 2, 3, 7, 25, -1, -2, -3, -7, -25):
            n, last = count(a, b, s)
            if n == 0:
                empties += 1
            checksum = (checksum * 31 + n * 7 + (last if last is not None else 999)) % 1000000007
print(checksum, empties)


def countdown(n):
    seen = []
    for i in range(n, -1, -1):
        seen.append(i)
    return seen


print(countdown(5), countdown(0), countdown(-1))
