# TypeError: a str indexed with a float (CPython words this unlike lists and tuples).
word = "midpoint"
print(word[len(word) // 2])
print([1, 2, 3][len(word) // 4])
print(word[len(word) / 2])
