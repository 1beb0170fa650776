# Newton's method on x*x + 1 lands on x = 0, where the derivative is 0.
def f(x):
    return x * x + 1

def df(x):
    return 2 * x

x = 1.0
for step in range(5):
    print("step", step, "x =", x)
    x = x - f(x) / df(x)
