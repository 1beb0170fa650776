# An except block logs the error and re-raises it with a bare raise.
def average(xs):
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError:
        print("average: empty input")
        raise

groups = [[1, 2, 3], [4.5, 5.5], []]
for g in groups:
    print(g, "->", average(g))
