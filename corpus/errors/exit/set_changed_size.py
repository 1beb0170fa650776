# RuntimeError: a set grown while iterated.
seen = {1, 2}
for x in seen:
    seen.add(x * 10)
