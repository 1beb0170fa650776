# An explicit TypeError raised after an earlier error was handled.
def parse_amount(x):
    if isinstance(x, bool):
        raise TypeError(f"amount must be a number, not {type(x).__name__}")
    return float(x)

for raw in ["3.5", "oops", 7, True]:
    try:
        print("amount", parse_amount(raw))
    except ValueError as e:
        print("skipped:", e)
