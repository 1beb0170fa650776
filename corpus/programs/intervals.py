# Interval merging, insertion, intersection and a meeting-room scheduler.

def start_of(iv):
    return iv[0]


def merge(intervals):
    out = []
    for s, e in sorted(intervals, key=start_of):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([s, e])
    return [tuple(x) for x in out]


def insert(intervals, new):
    return merge(intervals + [new])


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def rooms_needed(meetings):
    events = []
    for s, e in meetings:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    cur = best = 0
    for t, delta in events:
        cur += delta
        best = max(best, cur)
    return best


def total_covered(intervals):
    return sum(e - s for s, e in merge(intervals))


def fmt_time(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


data = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9), (21, 22), (0, 1)]
print("merged:", merge(data))
print("insert (4, 8):", insert(merge(data), (4, 8)))
print("insert (30, 31):", insert(merge(data), (30, 31)))
a = [(0, 2), (5, 10), (13, 23), (24, 25)]
b = [(1, 5), (8, 12), (15, 24), (25, 26)]
print("intersection:", intersect(a, b))
print("covered:", total_covered(data), total_covered(a + b))

meetings = [(540, 600), (555, 630), (600, 660), (615, 700), (690, 720), (700, 760), (720, 780), (545, 560)]
print("rooms needed:", rooms_needed(meetings))
rooms = []
assignment = []
for s, e in sorted(meetings):
    placed = False
    for idx in range(len(rooms)):
        if rooms[idx] <= s:
            rooms[idx] = e
            assignment.append((fmt_time(s), fmt_time(e), idx))
            placed = True
            break
    if not placed:
        rooms.append(e)
        assignment.append((fmt_time(s), fmt_time(e), len(rooms) - 1))
for s, e, r in assignment:
    print(f"  {s}-{e} -> room {r}")

busy = merge([(540, 600), (630, 660), (655, 700), (780, 840)])
free = []
prev = 480
for s, e in busy + [(1020, 1020)]:
    if s > prev:
        free.append((fmt_time(prev), fmt_time(s)))
    prev = max(prev, e)
print("free slots:", free)
