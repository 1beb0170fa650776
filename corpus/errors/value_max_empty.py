# max() over a filtered-out sequence.
scores = [55, 61, 48]
print("best:", max(scores))
passing = [s for s in scores if s >= 70]
print("passing:", passing)
print("best passing:", max(passing))
