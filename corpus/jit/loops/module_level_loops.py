# Hot loops at module level (loop variables and accumulators are globals), incl. type changes and big ints.
total = 0
for i in range(3000):
    total += i * i
print(total, i)
f = 0.0
k = 0
while k < 2000:
    f += k / 8
    k += 1
print(f, k)
acc = 1
for j in range(80):
    acc *= 3
    if j % 20 == 19:
        print(j, acc)
mixed = 0
for j in range(1000):
    if j == 500:
        mixed = mixed + 0.5
    mixed += j
print(mixed, j)
words = []
for w in "alpha beta gamma delta epsilon".split():
    for ch in w:
        if ch in "aeiou":
            words.append(ch)
print("".join(words), w, ch)
grid = {}
for a in range(30):
    for b in range(30):
        if (a * b) % 7 == 3:
            grid[(a, b)] = a - b
            break
    else:
        grid[a] = None
print(len(grid), list(grid.items())[:6])
n = 2 ** 47 - 10
while n < 2 ** 47 + 10:
    n += 3
print(n, n - 2 ** 47)
