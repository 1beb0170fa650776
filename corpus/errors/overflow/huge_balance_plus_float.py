# OverflowError: adding a float to an int larger than any float.
balance = 1
for day in range(1, 6):
    balance *= 10 ** 80
    print(day, len(str(balance)))
print(balance % 7, balance + 1 > balance)
print(balance + 0.5)
