# The order of the argument errors of round, pow, max, min, sum and str (the
# count, then a missing argument, then an unknown keyword, as CPython checks).
calls = [
    lambda: round(x=1.5),
    lambda: round(),
    lambda: round(1.5, 2, 3),
    lambda: round(1.5, x=1),
    lambda: round(1.5, ndigits=1, x=2),
    lambda: pow(2, y=3),
    lambda: pow(x=2),
    lambda: pow(1, 2, 3, 4),
    lambda: max(x=1),
    lambda: min(x=1),
    lambda: max(),
    lambda: max(1, 2, x=1),
    lambda: max([1], x=1),
    lambda: sum(x=1),
    lambda: sum(),
    lambda: sum([1], x=2),
    lambda: str(1, 2, 3, 4),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(round(2.675, ndigits=2), pow(base=2, exp=5), max([3, 1], key=None), sum([1], start=2))
