# Uncaught KeyError from a dict lookup three calls deep inside nested compiled loops.
def lookup(table, key):
    return table[key]


def row_sum(table, keys):
    s = 0
    for k in keys:
        s += lookup(table, k)
    return s


def grand(tables):
    total = 0
    for t in tables:
        for rep in range(200):
            total += row_sum(t, ["a", "b"] if rep < 199 else ["a", "c"])
        print("table done", total)
    return total


grand([{"a": 1, "b": 2, "c": 3}, {"a": 10, "b": 20}])
