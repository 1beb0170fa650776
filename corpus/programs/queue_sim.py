# Discrete-event simulation of a bank with several tellers and a FIFO queue (LCG randomness).

seed = 2718


def rand_int(lo, hi):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return lo + (seed >> 4) % (hi - lo + 1)


def simulate(tellers, customers, arrive_gap, service):
    t = 0
    arrivals = []
    for c in range(customers):
        t += rand_int(arrive_gap[0], arrive_gap[1])
        arrivals.append((t, c, rand_int(service[0], service[1])))
    free_at = [0] * tellers
    served_by = [0] * tellers
    waits = []
    queue_lengths = []
    timeline = []
    for arrive, cid, svc in arrivals:
        k = 0
        for i in range(1, tellers):
            if free_at[i] < free_at[k]:
                k = i
        start = max(arrive, free_at[k])
        waiting_now = sum(1 for f in free_at if f > arrive)
        queue_lengths.append(waiting_now)
        free_at[k] = start + svc
        served_by[k] += 1
        waits.append(start - arrive)
        if cid < 8:
            timeline.append(f"cust {cid:2d} arrives {arrive:4d}, teller {k}, starts {start:4d}, leaves {start + svc:4d}")
    return waits, served_by, max(free_at), timeline, queue_lengths


for tellers in (1, 2, 3, 4):
    seed = 2718
    waits, served, end, timeline, ql = simulate(tellers, 200, (1, 6), (4, 14))
    avg = sum(waits) / len(waits)
    print(f"{tellers} teller(s): avg wait {avg:7.2f}, max wait {max(waits):4d}, "
          f"no-wait {sum(1 for w in waits if w == 0):3d}, closes at {end}, served {served}")
    if tellers == 2:
        for line in timeline:
            print("   ", line)
    buckets = {}
    for w in waits:
        b = min(w // 10, 5)
        buckets[b] = buckets.get(b, 0) + 1
    print("    wait histogram:", [buckets.get(b, 0) for b in range(6)], "busy-tellers avg: %.3f" % (sum(ql) / len(ql)))
