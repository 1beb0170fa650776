# Grouping records by a dict-valued field (dicts are unhashable).
records = [
    {"name": "ann", "team": "red", "meta": {"level": 1}},
    {"name": "bob", "team": "blue", "meta": {"level": 2}},
]
by_team = {}
for r in records:
    by_team.setdefault(r["team"], []).append(r["name"])
print(by_team)
by_meta = {}
for r in records:
    by_meta[r["meta"]] = r["name"]
print(by_meta)
