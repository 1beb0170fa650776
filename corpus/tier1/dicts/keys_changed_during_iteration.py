# A dict whose key was deleted and added back while a for loop walks it: the same
# size, but a key the iteration did not start with (CPython's "keys changed" error).
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k] = 2
except RuntimeError as e:
    print(e)
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        if k == 1:
            del d[2]
            d[3] = 3
except RuntimeError as e:
    print(e)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {"a": 1}
for k in d:
    d[k] += 1
    d.pop(k)
    d[k] = 0
    break
print(d)
