# Allocate and discard many dicts (with str/tuple/list values) in hot loops, keeping a sample; verify contents.
def churn(n):
    sample = {}
    total = 0
    for i in range(n):
        d = {"id": i, "name": "n%d" % i, "pos": (i % 10, i // 10), "tags": ["t%d" % (i % 3)]}
        d["tags"].append(d["name"])
        total += len(d["tags"]) + d["pos"][0]
        if i % 97 == 0:
            sample[i] = d
    return total, sample


total, sample = churn(3000)
print(total, len(sample))
ok = all(d["id"] == k and d["name"] == "n%d" % k and d["pos"] == (k % 10, k // 10) and d["tags"] == ["t%d" % (k % 3), "n%d" % k]
         for k, d in sample.items())
print(ok, sample[0], sample[2910])
index = {}
for i in range(2000):
    key = "k%d" % (i % 300)
    index.setdefault(key, []).append(i)
    if i % 7 == 0:
        index.pop("k%d" % ((i * 13) % 300), None)
print(len(index), sorted(index)[:5], index.get("k299", [])[-3:])
nested = {}
for i in range(500):
    nested[i] = {"sq": i * i, "inner": {"s": str(i)}}
print(sum(v["sq"] for v in nested.values()), nested[499]["inner"]["s"])
