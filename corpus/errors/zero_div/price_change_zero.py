# Day-over-day percentage change when a previous price was 0.0.
prices = [10.0, 12.5, 11.0, 0.0, 3.0]
prev = prices[0]
for day, p in enumerate(prices[1:], start=1):
    change = (p - prev) / prev * 100
    print(f"day {day}: {p:6.2f} ({change:+.1f}%)")
    prev = p
