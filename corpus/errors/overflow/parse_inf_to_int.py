# OverflowError: converting a parsed "inf" float to int.
readings = ["12.5", "7", "-3.25", "inf"]
total = 0
for text in readings:
    value = float(text)
    print(text, value)
    total += int(value)
    print("running total", total)
