# Indexing a range object out of bounds.
r = range(10, 50, 7)
print(list(r))
print(len(r), r[0], r[-1], r[3])
print(r[len(r)])
