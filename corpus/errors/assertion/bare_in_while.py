# A bare assert inside a while loop (Collatz steps bounded).
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps % 20 == 0:
        print("step", steps, "value", n)
    assert steps < 100
print("done in", steps)
