# Asserts uniqueness of generated ids using a set comprehension for the count.
def make_id(name):
    return name[:3].lower() + str(len(name))

names = ["Alice", "Bob", "Carol", "Alfred", "Alina"]
ids = [make_id(n) for n in names]
for n, i in zip(names, ids):
    print(n, i)
print(len(ids), len({i for i in ids}))
assert len(ids) == len({i for i in ids}), "duplicate ids generated"
