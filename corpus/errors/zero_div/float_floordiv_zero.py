# Float floor division by 0.0 when computing bins of a histogram.
samples = [0.5, 1.7, 2.2, 3.9, 0.1]
for width in (1.0, 0.5, 0.0):
    bins = {}
    for s in samples:
        b = int(s // width)
        bins[b] = bins.get(b, 0) + 1
    print(width, sorted(bins.items()))
