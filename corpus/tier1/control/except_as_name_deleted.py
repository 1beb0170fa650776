# The name an except clause binds is deleted when the handler ends: in a hot function
# (a fifth of its calls raise) and at module level (where it was not, before), including a
# name that existed before the try.
def check(i):
    try:
        if i % 5 == 0:
            raise ValueError(i)
        r = 0
    except ValueError as e:
        r = int(str(e)) * 0 + 1
    try:
        e
        return r + 10
    except NameError:
        return r + 20


total = 0
for i in range(400):
    total += check(i)
print(total)

err = 5
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e2:
    print("NameError:", e2)
