# Sets of strs print in CPython's order (its str hash with PYTHONHASHSEED=0, the
# seed the harness records CPython's output with), as do set.pop and hash().
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({w.upper() for w in words})
s = set("mississippi")
print(s, len(s))
print(sorted(s), s.pop(), s.pop())
print({"", "a", "é", "日本", "😀"})
print(hash(""), hash("a"), hash("spam") == hash("sp" + "am"))
tags = {"red", "green", "blue"}
tags |= {"cyan", "magenta"}
tags -= {"green"}
print(tags, tags & {"red", "cyan", "black"}, tags ^ {"red", "white"})
print({k for k in {"x": 1, "y": 2, "z": 3}})
