# A built-in type's method taken from the type (str.lower as a key function,
# list.append(L, x)), and its errors.
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(str.upper, ["a", "b"])))
words = ["  x ", "y  "]
print(list(map(str.strip, words)), str.join("-", ["a", "b"]))
L = []
list.append(L, 1)
print(L, dict.get({1: 2}, 1), str.split("a b"), str.count("banana", "a"))
print(str.lower, str.lower("ABC"), sorted({"b": 1, "a": 2}.items(), key=tuple.__len__) if False else 0)
for f in (lambda: str.lower(), lambda: str.lower(5), lambda: list.append("x", 1), lambda: str.nosuch):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
total = 0
for i in range(400):
    total += len(str.upper("ab" * (i % 5)))
print(total)
