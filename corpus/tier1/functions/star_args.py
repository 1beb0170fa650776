# Tests *args parameters and star-unpacking at call sites
def total(*args):
    return sum(args)
print(total(), total(1), total(1, 2, 3), total(*[4, 5, 6]))
def show(first, *rest):
    return first, rest
print(show(1), show(1, 2), show(1, 2, 3, 4))
print(show(*"abc"), show(*range(3)))
def mixed(a, b=10, *args):
    return [a, b, args]
print(mixed(1), mixed(1, 2), mixed(1, 2, 3, 4))
def count_args(*args):
    return len(args)
print(count_args(), count_args(None), count_args(*[], *[1, 2], 3))
def maxof(*nums):
    best = nums[0]
    for n in nums[1:]:
        if n > best:
            best = n
    return best
print(maxof(3, 9, 2), maxof(*[7, -1, 8, 0]))
args = (2, 5)
print(pow(*args), divmod(*args), max(*args, 4))
print(*[1, 2, 3])
print(*"xyz", sep="-")
def kinds(*args):
    out = []
    for a in args:
        out.append(isinstance(a, int))
    return out
print(kinds(1, "a", 2.0, True))
print(isinstance(show(1)[1], tuple))
