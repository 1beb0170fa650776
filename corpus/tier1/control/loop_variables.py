# Tests loop variable scoping, range with steps, and modifying counters
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0, -10, -4):
    print(i, end=" ")
print()
for i in range(5, 5):
    print("never")
print("i still", i)
total = 0
for i in range(1, 101):
    total += i
print(total, i)
count = 0
while count < 1000:
    count = count * 2 + 1
print(count)
lst = [1, 2, 3]
for x in lst:
    if x < 10:
        lst.append(x * 10)
print(lst)
result = []
for i in range(3):
    for j in range(i):
        result.append((i, j))
print(result, i, j)
