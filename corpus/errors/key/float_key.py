# A dict keyed by floats: 0.1 + 0.2 is not the key 0.3.
rates = {0.1: "low", 0.25: "mid", 0.3: "high"}
print(rates[0.1], rates[0.25], rates[0.3])
x = 0.1 + 0.2
print("x =", x)
print(rates[x])
