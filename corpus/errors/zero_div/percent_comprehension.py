# Percentages in a list comprehension where the total is zero.
def shares(votes):
    total = sum(votes)
    return [v * 100 // total for v in votes]

print(shares([10, 30, 60]))
print(shares([1, 2, 3, 4]))
print(shares([5, -5, 0]))
