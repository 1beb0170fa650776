# Explicit ValueError raised by input validation inside a comprehension.
def percent(x):
    if not 0 <= x <= 100:
        raise ValueError(f"percentage out of range: {x}")
    return x / 100

print([percent(x) for x in (0, 50, 100)])
marks = [88, 92, 105, 70]
print("checking", len(marks), "marks")
print([percent(m) for m in marks])
