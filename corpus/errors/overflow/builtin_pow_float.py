# OverflowError: builtin pow() with a float base that grows past 1e308.
for n in [10, 100, 700]:
    print(n, f"{pow(2.5, n):.4g}")
print(pow(2, 1000) % 97)
print(pow(2.5, 1000))
