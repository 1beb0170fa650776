# Tests dict and set comprehensions with filters, nested loops and key collisions
print({x: x * x for x in range(6)})
print({c: ord(c) for c in "abc"})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(3) for j in range(2) if i != j})
words = ["apple", "bob", "cat", "avocado", "banana"]
print({w[0]: len(w) for w in words})
print({w: i for i, w in enumerate(words) if len(w) > 3})
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}), {x * x for x in range(-2, 3)})
print(sorted({w[-1] for w in words}))
print(sorted({len(w) for w in words}))
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
print({i: [j for j in range(i)] for i in range(4)})
print({x for x in [1, 1.0, True]}, len({x for x in "aaa"}))
