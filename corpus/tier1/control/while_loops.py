# Tests while loops with break, continue and else
i = 0
while i < 5:
    print("i", i)
    i += 1
else:
    print("while-else ran", i)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print("odd", n)
else:
    print("not printed")
print("n after", n)
k = 10
while k > 0:
    k -= 3
    if k == 100:
        break
else:
    print("else after natural end", k)
j = 0
while j < 0:
    print("never")
else:
    print("else on zero iterations")
a, b = 0, 1
fibs = []
while b < 200:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
