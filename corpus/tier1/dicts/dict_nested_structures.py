# Tests dicts containing lists/dicts, and lists of dicts
db = [
    {"name": "ann", "tags": ["x", "y"], "score": 3},
    {"name": "ben", "tags": [], "score": 7},
    {"name": "cat", "tags": ["y"], "score": 5},
]
for rec in db:
    print(rec["name"], len(rec["tags"]), rec["score"])
def score(r):
    return r["score"]
print([r["name"] for r in sorted(db, key=score, reverse=True)])
index = {}
for rec in db:
    for t in rec["tags"]:
        index.setdefault(t, []).append(rec["name"])
print(index)
db[1]["tags"].append("z")
db[0]["score"] += 10
print(db)
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(node):
    return node["v"] + sum(total(k) for k in node["kids"])
print(total(tree))
cfg = {"a": {"b": {"c": 1}}}
cfg["a"]["b"]["d"] = 2
cfg["a"]["e"] = [cfg["a"]["b"]["c"]]
print(cfg)
