# A Python 2 style print statement.
scores = [90, 85, 77]
best = max(scores)
print "best score", best
