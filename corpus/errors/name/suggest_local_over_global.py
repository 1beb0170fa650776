# A misspelled local: CPython looks at the function's own names first.
counter = 0


def tally(values):
    total_count = 0
    for v in values:
        total_count += v
    return total_cont


print(tally([1, 2, 3]))
