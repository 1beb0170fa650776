# Descriptive statistics by hand: mean, median, mode, variance, quantiles, correlation, regression.

def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n % 2:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2


def modes(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    top = max(counts.values())
    return sorted(k for k, v in counts.items() if v == top)


def variance(xs, sample=True):
    m = mean(xs)
    ss = sum((x - m) ** 2 for x in xs)
    return ss / (len(xs) - 1 if sample else len(xs))


def quantile(xs, q):
    s = sorted(xs)
    pos = (len(s) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    frac = pos - lo
    return s[lo] + (s[hi] - s[lo]) * frac


def correlation(xs, ys):
    mx, my = mean(xs), mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    vx = sum((x - mx) ** 2 for x in xs)
    vy = sum((y - my) ** 2 for y in ys)
    return cov / (vx * vy) ** 0.5


def regression(xs, ys):
    mx, my = mean(xs), mean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return slope, my - slope * mx


heights = [162, 175, 181, 158, 170, 170, 166, 190, 177, 170, 164, 183, 175, 168, 172]
weights = [55, 72, 80, 51, 66, 68, 60, 95, 74, 70, 58, 85, 71, 64, 69]
print("n =", len(heights))
print("mean:", mean(heights))
print("median:", median(heights), "even-length median:", median(heights[:-1]))
print("modes:", modes(heights), modes([1, 2, 2, 3, 3]))
print(f"variance: {variance(heights):.4f} population: {variance(heights, False):.4f}")
print(f"stdev: {variance(heights) ** 0.5:.4f}")
for q in (0.0, 0.25, 0.5, 0.75, 0.9, 1.0):
    print(f"  q{q:.2f} = {quantile(heights, q)}")
r = correlation(heights, weights)
print(f"correlation: {r:.6f}")
slope, intercept = regression(heights, weights)
print(f"weight ~ {slope:.4f} * height + {intercept:.4f}")
for h in (150, 165, 180, 195):
    print(f"  predicted weight at {h} cm: {slope * h + intercept:.1f} kg")
z = [(h - mean(heights)) / variance(heights) ** 0.5 for h in heights]
print("z-scores:", [round(v, 3) for v in z])
print("outliers (|z| > 1.5):", [h for h, s in zip(heights, z) if abs(s) > 1.5])
running = []
total = 0
for i, w in enumerate(weights, 1):
    total += w
    running.append(round(total / i, 2))
print("running mean:", running)
prod = 1.0
for w in weights:
    prod *= w
print("geometric mean: %.5f" % prod ** (1 / len(weights)))
print("harmonic mean: %.5f" % (len(weights) / sum(1 / w for w in weights)))
