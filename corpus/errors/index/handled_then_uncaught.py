# An IndexError is caught with a default; the next lookup is not guarded.
def nth_or(xs, n, default):
    try:
        return xs[n]
    except IndexError:
        print("  index", n, "missing, using", default)
        return default

scores = [88, 92, 75]
print(nth_or(scores, 1, 0))
print(nth_or(scores, 7, 0))
best = sorted(scores, reverse=True)
print("top three:", best[0], best[1], best[2])
print("fourth:", best[3])
