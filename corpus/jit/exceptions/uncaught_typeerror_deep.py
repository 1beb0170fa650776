# An uncaught TypeError after thousands of int iterations (a str appears), raised three calls deep.
def add(a, b):
    return a + b


def fold(xs):
    acc = 0
    for x in xs:
        acc = add(acc, x)
    return acc


def run():
    for chunk in (list(range(1000)), list(range(2000)), list(range(500)) + ["oops"] + [1]):
        print(fold(chunk))


run()
