# OverflowError: round() of an infinite float.
scores = [1e300, 2e300]
product = 1.0
for s in [3.7, 2.2]:
    product *= s
    print(round(product))
big = scores[0] * scores[1]
print(big, big > 1e308)
print(round(big))
