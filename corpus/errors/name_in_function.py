# Function referring to a name that does not exist.
def report(values):
    print("n =", len(values))
    print("total =", totl(values))

report([1, 2, 3])
