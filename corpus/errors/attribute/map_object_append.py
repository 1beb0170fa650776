# AttributeError: a map object is a lazy iterator, not a list.
nums = [1, 2, 3]
doubled = map(lambda x: x * 2, nums)
print(list(map(str, nums)))
print(sum(doubled))
tripled = map(lambda x: x * 3, nums)
tripled.append(12)
