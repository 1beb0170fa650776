# math.log of zero while computing log-scaled bar widths.
import math
counts = [1000, 100, 10, 1, 0]
for c in counts:
    width = int(math.log10(c)) + 1 if c > 0 else 0
    print(f"{c:>5} {'#' * width}")
print("entropy term", math.log(counts[-1]))
