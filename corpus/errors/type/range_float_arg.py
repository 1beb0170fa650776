# range() with a float computed by true division.
def halves(n):
    half = n / 2
    print("half of", n, "is", half)
    return list(range(half))

print(list(range(4 // 2)))
print(halves(6))
