# Tests that any/all stop consuming a generator early (visible via side-effect prints)
def check(x):
    print("checking", x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]))
print(all(check(x) for x in [5, 4, 1, 6]))
print(any(check(x) for x in []))
print(all(check(x) for x in [3, 4]))
def noisy(x):
    print("gen", x)
    return x
g = (noisy(x) for x in range(5))
print("created")
print("before consume")
for v in g:
    if v == 2:
        break
print("after break")
print(list(g))
print(min(noisy(x) for x in [4, 2, 8]))
