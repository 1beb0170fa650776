# Student grade report: weighted averages, letter grades, ranking and per-assignment stats.

WEIGHTS = {"hw": 0.3, "midterm": 0.3, "final": 0.4}
STUDENTS = [
    ("Alice", [92, 88, 95, 100], 85, 91),
    ("Bob", [75, 80, 68, 90], 72, 78),
    ("Chandra", [100, 100, 98, 97], 94, 97),
    ("Dmitri", [60, 55, 70, 65], 58, 62),
    ("Eve", [88, 0, 90, 93], 81, 84),
    ("Farah", [85, 87, 82, 88], 90, 86),
    ("Gus", [45, 60, 52, 0], 49, 55),
    ("Hana", [95, 91, 89, 94], 88, 92),
]


def letter(score):
    for cutoff, grade in ((93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (73, "C"), (70, "C-"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def hw_average(hws):
    # drop the lowest homework
    kept = sorted(hws)[1:]
    return sum(kept) / len(kept)


rows = []
for name, hws, mid, fin in STUDENTS:
    hw = hw_average(hws)
    total = hw * WEIGHTS["hw"] + mid * WEIGHTS["midterm"] + fin * WEIGHTS["final"]
    rows.append((name, hw, mid, fin, total, letter(total)))


def by_total(r):
    return (-r[4], r[0])


print(f"{'Rank':<5}{'Name':<10}{'HW':>7}{'Mid':>5}{'Final':>7}{'Total':>8}  Grade")
print("=" * 48)
for rank, (name, hw, mid, fin, total, g) in enumerate(sorted(rows, key=by_total), 1):
    print(f"{rank:<5}{name:<10}{hw:7.2f}{mid:5d}{fin:7d}{total:8.2f}  {g}")
print("=" * 48)
totals = [r[4] for r in rows]
avg = sum(totals) / len(totals)
print(f"class average {avg:.3f}, best {max(totals):.2f}, worst {min(totals):.2f}")
dist = {}
for r in rows:
    dist[r[5][0]] = dist.get(r[5][0], 0) + 1
for g in "ABCDF":
    print(f"  {g}: {'#' * dist.get(g, 0)}")
for i in range(4):
    col = [s[1][i] for s in STUDENTS]
    print(f"hw{i + 1}: mean {sum(col) / len(col):6.2f} min {min(col):3d} max {max(col):3d} zeros {col.count(0)}")
above = [r[0] for r in rows if r[4] > avg]
print("above average:", ", ".join(sorted(above)))
improved = [name for name, hws, mid, fin in STUDENTS if fin > mid]
print("improved on final:", improved)
print("honor roll:", [r[0] for r in sorted(rows, key=by_total) if r[5] in ("A", "A-")])
