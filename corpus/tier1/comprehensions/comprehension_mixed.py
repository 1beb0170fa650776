# Tests comprehensions over strings, dicts, enumerate and zip with conditional expressions
text = "Hello World Python"
print([w.lower() for w in text.split()], [w[::-1] for w in text.split()])
print([c for c in text if c.isupper()], "".join(c for c in text if c not in "aeiou "))
scores = {"ann": 82, "ben": 55, "cy": 91, "dee": 67}
print([n for n, s in scores.items() if s >= 70])
print({n: ("pass" if s >= 60 else "fail") for n, s in scores.items()})
print([i for i, c in enumerate("banana") if c == "a"])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([(i, c) for i, c in enumerate("xyz", 1)])
def score_of(n):
    return scores[n]
print(sorted(scores, key=score_of), sorted([(s, n) for n, s in scores.items()]))
print([x if x > 0 else 0 for x in [-2, 3, -1, 4]])
print([[x, y] for x, y in [(1, 2), (3, 4)]])
print(sum(s for s in scores.values()) / len(scores))
