# AttributeError: calling list.sort on a tuple of scores after a report loop.
scores = (72, 95, 88, 61)
total = 0
for s in scores:
    total += s
    print("running total", total)
print("mean", total / len(scores))
scores.sort()
print("sorted", scores)
