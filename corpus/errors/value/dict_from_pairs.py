# dict() built from strings, one of which is not exactly two characters.
codes = ["a1", "b2", "c3"]
table = dict(codes)
print(table)
more = ["d4", "e55", "f6"]
print(dict(more))
