# A recursive function calls its own compiled code directly. That code must stay
# right when, in the middle of a recursion: the argument changes type (ints, then
# floats, then strs, deep inside), the function's global is rebound (the next
# recursive call goes to the new function), the function is recompiled after its
# guards kept failing (the frames below still run the old code), and the recursion
# limit is reached.


def walk(n, step):
    if n <= 0:
        return n
    return walk(n - step, step) + 1


print(walk(500, 1), walk(400, 3))
for i in range(300):
    walk(60, 2)
print(walk(30.5, 1), walk(30, 0.5))
print(walk(40, 1.25))


def join(s, k):
    if k == 0:
        return s
    return join(s + str(k % 10), k - 1)


for i in range(200):
    join("", 20)
print(join("x", 25))
try:
    print(join(0, 15))
except TypeError as e:
    print("join:", e)


def count(n):
    if n == 0:
        return 0
    if n == 50:
        global count
        count = other
    return count(n - 1) + 1


def other(n):
    return 1000 + n


original = count
for i in range(100):
    count = original
    if i % 10 == 0:
        print(count(20), count(80))
    count(40)
count = original
print(count(49), count(51))
count = original
print(count(60))


def mixed(n):
    if n <= 0:
        return 0
    if n % 7 == 0:
        return mixed(n - 1) + 0.5
    if n % 11 == 0:
        return mixed(n - 1) * 2
    return mixed(n - 1) + n


for i in range(50):
    mixed(30)
print(mixed(60), mixed(200))
big = 2**40
print(mixed(120) + big)


def deep(n):
    return deep(n + 1) + 1


try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)

for i in range(300):
    walk(20, 1)


def ping(n):
    if n > 2**46:
        return n
    return ping(n * 3)


print(ping(1), ping(7), ping(5))
print(deep(0))
