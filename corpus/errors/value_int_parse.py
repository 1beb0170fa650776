# Parsing user input that is not a number.
inputs = ["12", " 7 ", "-3", "abc"]
total = 0
for s in inputs:
    total += int(s)
    print("parsed", repr(s), "total", total)
