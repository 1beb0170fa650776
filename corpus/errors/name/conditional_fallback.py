# A fallback name evaluated only when the conditional expression's test is false.
def label(n):
    return str(n) if n >= 0 else NEGATIVE_LABEL

for n in [3, 0, 7]:
    print(n, "->", label(n))
print(-1, "->", label(-1))
