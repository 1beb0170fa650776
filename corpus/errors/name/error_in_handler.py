# A NameError raised while handling another exception.
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("division by zero for", a)
        return fallback_ratio

print(divide(6, 3))
print(divide(1, 0))
