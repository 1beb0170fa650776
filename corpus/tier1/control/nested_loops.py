# Tests nested loops, break only exiting the inner loop, and flags
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(i, j, end="; ")
    print()
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print("triple", a, b, c)
            if a + b + c == 24:
                found = (a, b, c)
print("found", found)
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print(i * 3 + j, end=" ")
print()
for i in range(4):
    for j in range(4):
        if i * j == 6:
            break
    else:
        print("no break for i =", i)
        continue
    print("broke at", i, j)
table = []
for r in range(1, 6):
    row = ""
    for c in range(1, 6):
        row += str(r * c).rjust(4)
    table.append(row)
print("\n".join(table))
