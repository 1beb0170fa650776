# Assigning to the result of a function call instead of comparing it.
def total(xs):
    return sum(xs)

prices = [3, 4, 5]
if total(prices) > 10:
    total(prices) = 10
print(prices)
