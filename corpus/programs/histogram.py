# Histograms with '*' bars: horizontal and vertical, from a deterministic pseudo-random sample.

seed = 31337


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed


def dice(n):
    return sum(rand() % 6 + 1 for _ in range(n))


rolls = [dice(3) for _ in range(2000)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
peak = max(counts.values())
print("Sum of three dice, 2000 rolls")
for total in range(3, 19):
    c = counts.get(total, 0)
    bar = "*" * (c * 50 // peak)
    print(f"{total:2d} | {bar:<50} {c:4d} ({100 * c / len(rolls):5.2f}%)")

mean = sum(rolls) / len(rolls)
var = sum((r - mean) ** 2 for r in rolls) / len(rolls)
print(f"mean {mean:.4f}, variance {var:.4f}, std {var ** 0.5:.4f}")

print()
print("Vertical histogram of letter counts")
text = "the quick brown fox jumps over the lazy dog and keeps running until sunset"
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
keys = sorted(letters)
top = max(letters.values())
for level in range(top, 0, -1):
    print(f"{level:2d} " + "".join("#" if letters[k] >= level else " " for k in keys).rstrip())
print("   " + "".join(keys))

print()
buckets = [0] * 10
for _ in range(1000):
    x = (rand() % 1000) / 1000.0
    y = (rand() % 1000) / 1000.0
    v = (x + y) / 2
    buckets[int(v * 10)] += 1
for i, b in enumerate(buckets):
    lo = i / 10
    print(f"[{lo:.1f}, {lo + 0.1:.1f}) {'=' * (b // 5)}> {b}")
