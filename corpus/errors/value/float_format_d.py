# Integer format code 'd' used on a float average.
scores = [3, 4, 5]
count = len(scores)
print("count: {:d}".format(count))
avg = sum(scores) / count
print("avg: {:.1f}".format(avg))
print("avg: {:d}".format(avg))
