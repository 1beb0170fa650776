# Tests for loops over ranges, strings, lists, dicts with break/continue/else
for i in range(3):
    print("range", i)
for ch in "hey":
    print("char", ch)
for x in [10, 20, 30]:
    if x == 20:
        continue
    print("list", x)
for x in [1, 2, 3]:
    if x == 2:
        print("breaking at", x)
        break
else:
    print("not printed")
for x in [1, 2, 3]:
    pass
else:
    print("for-else ran, x =", x)
for x in []:
    print("never")
else:
    print("for-else on empty")
for k in {"a": 1, "b": 2}:
    print("key", k)
def find(xs, target):
    for i, v in enumerate(xs):
        if v == target:
            break
    else:
        return -1
    return i
print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))
total = 0
for i in range(100):
    if i % 3:
        continue
    if i > 50:
        break
    total += i
print(total)
for i in range(3):
    i = 100
print(i)
