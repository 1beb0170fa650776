# A queue simulation asserts the queue never exceeds its capacity.
capacity = 4
queue = []
arrivals = [2, 3, 1, 3, 2]
for tick, n in enumerate(arrivals):
    for k in range(n):
        queue.append(tick * 10 + k)
    if queue:
        served = queue.pop(0)
        print(f"tick {tick}: served {served}, waiting {len(queue)}")
    assert len(queue) <= capacity, f"overflow at tick {tick}: {queue}"
