# Tests sets of strings and tuples printed via sorted(), and set from dict keys
fruits = {"pear", "apple", "fig", "apple"}
print(sorted(fruits), len(fruits), "fig" in fruits)
fruits.add("kiwi")
fruits.discard("pear")
print(sorted(fruits))
print(sorted(fruits | {"date"}), sorted(fruits & {"fig", "kiwi", "x"}))
coords = {(0, 0), (1, 0), (0, 1), (1, 1), (0, 0)}
print(sorted(coords), len(coords))
print(sorted(set({"b": 1, "a": 2, "c": 3})))
print(sorted({len(w) for w in ["aa", "b", "cc", "ddd"]}))
letters = set("hello world") - {" "}
print("".join(sorted(letters)))
print(sorted({"B", "a", "C", "b"}))
mixed = {1, 2.5, -3}
print(sorted(mixed))
