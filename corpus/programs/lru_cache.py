# LRU cache simulation with a dict plus an ordered list; compare hit rates of policies.

def simulate_lru(requests, capacity):
    cache = {}
    order = []
    hits = 0
    evictions = []
    for key in requests:
        if key in cache:
            hits += 1
            order.remove(key)
            order.append(key)
            cache[key] += 1
        else:
            if len(cache) >= capacity:
                old = order.pop(0)
                del cache[old]
                evictions.append(old)
            cache[key] = 1
            order.append(key)
    return hits, evictions, order


def simulate_fifo(requests, capacity):
    cache = set()
    queue = []
    hits = 0
    for key in requests:
        if key in cache:
            hits += 1
        else:
            if len(queue) >= capacity:
                cache.remove(queue.pop(0))
            cache.add(key)
            queue.append(key)
    return hits


def simulate_opt(requests, capacity):
    cache = []
    hits = 0
    for i, key in enumerate(requests):
        if key in cache:
            hits += 1
            continue
        if len(cache) >= capacity:
            far = -1
            victim = None
            for c in cache:
                nxt = len(requests) + 1
                for j in range(i + 1, len(requests)):
                    if requests[j] == c:
                        nxt = j
                        break
                if nxt > far:
                    far = nxt
                    victim = c
            cache.remove(victim)
        cache.append(key)
    return hits


reqs = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5]
for cap in (3, 4):
    hits, ev, order = simulate_lru(reqs, cap)
    print(f"cap {cap}: LRU hits {hits}, evicted {ev}, final order {order}")
    print(f"        FIFO hits {simulate_fifo(reqs, cap)}, OPT hits {simulate_opt(reqs, cap)}")

seed = 42
stream = []
for _ in range(600):
    seed = (seed * 214013 + 2531011) % 4294967296
    r = (seed >> 16) % 100
    if r < 60:
        stream.append("page" + str(r % 8))
    else:
        stream.append("page" + str(r % 40))
print("distinct pages:", len(set(stream)))
print(f"{'cap':>4} {'LRU':>6} {'FIFO':>6} {'OPT':>6}")
for cap in (2, 4, 8, 16, 32):
    h, _, _ = simulate_lru(stream, cap)
    print(f"{cap:>4} {h / len(stream):6.3f} {simulate_fifo(stream, cap) / len(stream):6.3f} {simulate_opt(stream, cap) / len(stream):6.3f}")

# memo-style LRU of function results
memo = {}
memo_order = []
calls = [0]


def slow_square(n):
    calls[0] += 1
    return n * n


def cached_square(n, cap=5):
    if n in memo:
        memo_order.remove(n)
        memo_order.append(n)
        return memo[n]
    v = slow_square(n)
    memo[n] = v
    memo_order.append(n)
    if len(memo_order) > cap:
        del memo[memo_order.pop(0)]
    return v


total = 0
for i in range(200):
    total += cached_square((i * 7) % 9)
print("total:", total, "real calls:", calls[0], "cached keys:", memo_order)
