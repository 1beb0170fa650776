# Unpacking a single int returned where a (lo, hi) pair was expected.
def bounds(spec):
    if "-" in spec:
        lo, hi = spec.split("-")
        return int(lo), int(hi)
    return int(spec)

for spec in ["1-5", "10-12", "7"]:
    lo, hi = bounds(spec)
    print(spec, "->", lo, hi, "width", hi - lo)
