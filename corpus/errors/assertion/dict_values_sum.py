# Probabilities in a distribution must sum to 1 within tolerance.
import math
dist = {"a": 0.2, "b": 0.3, "c": 0.5}
print(round(sum(dist.values()), 10))
assert math.isclose(sum(dist.values()), 1.0)
dist["d"] = 0.05
for k in sorted(dist):
    print(k, dist[k])
total = sum(dist.values())
assert math.isclose(total, 1.0), "distribution sums to %.2f" % total
