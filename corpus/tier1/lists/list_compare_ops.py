# Tests list equality, ordering, concatenation, repetition and membership
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [], [1] == [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] < [1, [2, 4]], ["a", "b"] <= ["a", "b"], [3] >= [3, 0])
print([1, 2] + [3], [0] * 4, 2 * [1, 2], [] * 5, [1] * 0, [1] * -1)
print(2 in [1, 2, 3], [2] in [[1], [2]], 4 not in [1, 2], "a" in ["abc"])
print(len([]), len([[]]), len([1, [2, 3]]))
print(max([3, 1, 4]), min([[2], [1, 5], [1, 4]]), sum([1, 2, 3]))
print([1, 2, 3] == (1, 2, 3), list((1, 2, 3)) == [1, 2, 3])
print(sorted([[3, 1], [1, 2], [1, 1], [2]]))
a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b, a is not b)
pairs = [([1, 2], [1, 2]), ([1], [1, 0]), ([2], [1, 5]), ([], []), (["a"], ["B"])]
for x, y in pairs:
    print(x, y, x == y, x < y, x <= y, x > y, x >= y, x != y)
print([1, 2] * 2 == [1, 2, 1, 2], [[0]] * 2, [0, 1] + [] + [2])
print([None] == [None], [[1, [2]]] == [[1, [2]]])
