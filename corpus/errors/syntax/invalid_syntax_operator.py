total = 0
for i in range(10):
    total = total + * i
print(total)
