# Pairwise dot product over range(len(a)) when b is shorter.
def dot(a, b):
    total = 0
    for i in range(len(a)):
        total += a[i] * b[i]
        print("  partial", i, total)
    return total

print(dot([1, 2, 3], [4, 5, 6]))
print(dot([1.5, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0]))
