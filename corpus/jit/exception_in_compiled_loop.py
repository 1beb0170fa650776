# Exceptions raised inside compiled loops, caught in the loop and outside it.
def risky(items):
    total = 0
    for i in range(len(items)):
        total += 10 // items[i]
    return total


try:
    risky([1, 2, 0, 4])
except ZeroDivisionError as e:
    print("caught:", e)

def lookup(d, keys):
    found = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError:
            found -= 1
    return found


print(lookup({"a": 1, "b": 2}, ["a", "x", "b", "y", "a"]))

def nested(n):
    i = 0
    while True:
        i += 1
        if i > n:
            raise ValueError("too far: " + str(i))


for n in [3, 7]:
    try:
        nested(n)
    except ValueError as e:
        print(e)

def index_error():
    xs = [1, 2, 3]
    s = 0
    for i in range(5):
        s += xs[i]
    return s


try:
    index_error()
except IndexError as e:
    print("IndexError:", e)
index_error()
