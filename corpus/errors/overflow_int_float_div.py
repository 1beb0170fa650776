# True division of huge ints whose result does not fit a float.
big = 10 ** 400
print(big // 10 ** 398)
print(big / 3)
