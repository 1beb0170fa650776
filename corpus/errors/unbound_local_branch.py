# A local only assigned on one branch.
def describe(n):
    if n > 0:
        label = "positive"
    print(n, label)

describe(5)
describe(-5)
