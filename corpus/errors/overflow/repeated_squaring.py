# OverflowError: repeatedly squaring a float with ** until it overflows.
x = 1.5
step = 0
while step < 20:
    x = x ** 2.0
    step += 1
    print(step, f"{x:.6g}")
