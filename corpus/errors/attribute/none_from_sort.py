# AttributeError: assigning the None result of list.sort() and using it.
names = ["mira", "abe", "zoe", "li"]
print(sorted(names))
print(names)
names = names.sort()
print(names)
names.append("kim")
