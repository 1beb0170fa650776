# str.join over a list that contains ints.
words = ["x", "y", "z"]
print("-".join(words))
ids = [str(n) for n in range(3)]
print(",".join(ids))
mixed = ["a", "b", 3, "d"]
print(" ".join(mixed))
