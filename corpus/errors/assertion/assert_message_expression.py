# The assert message is only evaluated on failure: it calls a function that prints.
def explain(x):
    print("explaining", x)
    return f"{x} is odd"

for x in [4, 10, 7, 8]:
    assert x % 2 == 0, explain(x)
    print(x, "is even")
