# A finally block reports progress before an IndexError escapes.
def take(xs, n):
    out = []
    try:
        for i in range(n):
            out.append(xs[i])
    finally:
        print("took", len(out), "of", n)
    return out

print(take("abcdef", 3))
print(take((1, 2, 3), 5))
