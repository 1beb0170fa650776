# divmod on floats with a zero divisor inside a unit conversion.
def split_length(cm, unit):
    whole, rest = divmod(cm, unit)
    return int(whole), round(rest, 2)

for cm, unit in [(250.5, 100.0), (99.25, 30.48), (12.0, 2.54), (7.5, 0.0)]:
    print(cm, "->", split_length(cm, unit))
