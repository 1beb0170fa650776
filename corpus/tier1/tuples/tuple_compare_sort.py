# Tests lexicographic tuple comparison and sorting tuples
pts = [(3, 1), (1, 2), (3, 0), (1, 1), (2, 5), (1, 2, 0), (0,)]
print(sorted(pts))
print(sorted(pts, reverse=True))
print(max(pts), min(pts))
print((1, "b") < (1, "c"), (2, "a") > (1, "z"), (1, 2.5) < (1, 3))
print((1, (2, 3)) < (1, (2, 4)), ((1,), 2) == ((1,), 2))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
def by_age(r):
    return r[1]
def by_age_name(r):
    return (r[1], r[0])
print(sorted(records, key=by_age))
print(sorted(records, key=by_age_name))
print(sorted(records, key=by_age, reverse=True))
print((0, 0) <= (0, 0), (0, 1) >= (0, 0, 5), (True, 1) == (1, 1.0))
