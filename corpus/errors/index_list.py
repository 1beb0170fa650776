# Off-by-one while walking pairs.
data = [5, 8, 13, 21]
for i in range(len(data)):
    print(i, data[i], data[i + 1] - data[i])
