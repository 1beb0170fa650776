# A recursive function without a base case.
def countdown(n):
    return countdown(n - 1) + 1

print("counting down")
print(countdown(10))
