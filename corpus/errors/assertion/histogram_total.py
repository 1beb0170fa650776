# A histogram over buckets must account for every sample; out-of-range samples are dropped.
samples = [3, 17, 25, 8, 41, 12, 50, 0, 33]
buckets = [0] * 5
for s in samples:
    idx = s // 10
    if idx < 5:
        buckets[idx] += 1
for i, count in enumerate(buckets):
    print(f"{i * 10:>2}-{i * 10 + 9:<2} {'#' * count}")
assert sum(buckets) == len(samples), f"{len(samples) - sum(buckets)} sample(s) unaccounted"
