# RecursionError: a recursive generator with no stopping condition.
def countdown(n):
    if n == 0:
        return
    yield n
    yield from countdown(n - 1)

def forever(n):
    yield n
    yield from forever(n + 1)

print(list(countdown(5)))
total = 0
for x in forever(1):
    total += x
print(total)
