# A variable named `sum` shadows the builtin, then the builtin is called.
prices = [3, 5, 8]
sum = 0
for p in prices:
    sum += p
print("running sum:", sum)
print("average:", sum / len(prices))
taxed = [p * 2 for p in prices]
print("taxed total:", sum(taxed))
