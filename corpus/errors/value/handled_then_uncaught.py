# A first bad reading is handled, a later one in another function is not.
def read_all(raw):
    values = []
    for r in raw:
        try:
            values.append(float(r))
        except ValueError:
            print("skipping", repr(r))
    return values

def strict_total(raw):
    return sum(float(r) for r in raw)

data = ["1.5", "n/a", "2.5"]
print(read_all(data))
print(strict_total(data))
