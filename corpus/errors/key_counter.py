# Counting words without initialising the counter.
counts = {}
for w in "a b a c b a".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
words = "x y x".split()
other = {}
for w in words:
    print("seen", w)
    other[w] += 1
