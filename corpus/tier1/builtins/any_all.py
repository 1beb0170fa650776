# Tests any() and all() on lists, generators, empty iterables and truthy values
print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]))
print(any(["", None, 0.0, []]), all(["a", 1, [0], (0,)]), any("abc"), all(""))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 == 1 for n in nums), any(n > 100 for n in nums))
print(all(isinstance(x, int) for x in [1, True, 2]), any(isinstance(x, str) for x in [1, 2]))
words = ["apple", "avocado", "banana"]
print(any(w.startswith("b") for w in words), all(len(w) > 4 for w in words))
print(all([]) and not any([]), any({0: 1}), all({1: 0}), any({0}), all((1, 2.5, "x")))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid), all(any(row) for row in grid))
print(any(x for x in [0, 0, 3]), all(x for x in [1, 2, 0]))
print(any([False, False]), all([True, True]), any([None]), all([None]))
print(any(range(0)), all(range(1, 5)), any(range(1)), all(range(0, 3)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
matrix = [[0, 0], [0, 0]]
print(any(v for row in matrix for v in row), all(v == 0 for row in matrix for v in row))
