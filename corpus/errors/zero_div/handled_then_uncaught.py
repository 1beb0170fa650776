# A first division by zero is caught and handled; a later one is not.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("safe_div: dividing", a, "by zero, using 0.0")
        return 0.0

print(safe_div(10, 4))
print(safe_div(3, 0))
rates = [safe_div(x, 2) for x in range(3)]
print(rates)
print(10 / (len(rates) - 3))
