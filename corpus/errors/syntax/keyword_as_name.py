# Using the keyword `lambda` as a variable name for a decay rate.
lambda = 0.5
steps = [1, 2, 3]
print([lambda * s for s in steps])
