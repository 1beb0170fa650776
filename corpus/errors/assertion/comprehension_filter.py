# Asserts every kept element satisfies the filter, where the filter has an off-by-one bug.
data = list(range(1, 21))
evens = [x for x in data if x % 2 == 0]
print(evens)
assert all(x % 2 == 0 for x in evens)
threes = [x for x in data if (x + 1) % 3 == 0]
print(threes)
wrong = [x for x in threes if x % 3 != 0]
print("wrong:", wrong)
assert not wrong, f"{len(wrong)} values not divisible by 3, first is {wrong[0]}"
