# Tests global statement, reading globals, and local shadowing
counter = 0
def inc():
    global counter
    counter += 1
    return counter
print(inc(), inc(), inc(), counter)
x = "global x"
def read_x():
    return x
def shadow_x():
    x = "local x"
    return x
print(read_x(), shadow_x(), x)
def set_new():
    global created
    created = "made inside"
set_new()
print(created)
items = []
def add(v):
    items.append(v)
add(1)
add(2)
print(items)
total = 10
def reset(v):
    global total
    old = total
    total = v
    return old
print(reset(5), total, reset(7), total)
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
def later():
    return defined_after * 2
defined_after = 21
print(later())
