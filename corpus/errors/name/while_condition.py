# A while loop whose condition names an undefined limit after the first phase.
n = 1
while n < 50:
    n *= 3
    print("n", n)
while n < max_value:
    n += 1
