# AttributeError: float has no round() method; round() is a builtin.
prices = [19.999, 5.5, 3.14159]
for p in prices:
    print(round(p, 2), f"{p:.1f}")
total = sum(prices)
print("total", round(total, 2))
print("is_integer:", (2.0).is_integer(), total.is_integer())
print(total.round(2))
