# Functions without loops compiled before some of their calls ever ran: their calls
# count towards compiling them again, and a callee asks for that from inside a
# compiled caller's direct call. Results and exceptions must not change.
def walk(n):
    if n == 0:
        return 0
    if n > 100:
        return walk(n - 100) + 1
    return walk(n - 1) + 1


def checked(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n > 50:
        return checked(n // 2) * 2
    return n


def outer(n):
    return walk(n) + checked(n)


total = 0
for i in range(300):
    total += outer(i % 7)
print("early", total)
for i in range(300):
    total += outer(150 + i)
print("late", total)

caught = []
for i in range(300):
    try:
        checked(60 - i % 130)
    except ValueError as e:
        caught.append(str(e))
print(len(caught), caught[:2], caught[-1])


def even(n):
    if n == 0:
        return True
    if n > 10:
        return odd(n - 1)
    return odd(n - 1)


def odd(n):
    if n == 0:
        return False
    return even(n - 1)


print([even(i) for i in range(8)])
print(sum(1 for i in range(300) if even(i + 20)))
print(checked(-3))
