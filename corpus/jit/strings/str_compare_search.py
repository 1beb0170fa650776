# String equality, ordering, `in`, startswith/find on strings built at runtime in hot loops (no interning assumptions).
def build(i):
    return "k" + str(i % 50)


hits = 0
order = 0
for i in range(2000):
    a = build(i)
    b = "k" + str((i + 50) % 50)
    if a == b:
        hits += 1
    if a < "k3":
        order += 1
    if "1" in a:
        order += 1000
print(hits, order)
words = ["apple", "applesauce", "app", "banana", "band", "bandana", "", "Zebra", "zebra"]
pairs = []
for w in words:
    for v in words:
        if w < v and v.startswith(w):
            pairs.append((w, v))
print(pairs)
text = "the quick brown fox jumps over the lazy dog " * 20
pos = []
start = 0
while True:
    k = text.find("the", start)
    if k < 0:
        break
    pos.append(k)
    start = k + 1
print(len(pos), pos[:5], text.count("o"), text.rfind("fox"))
print(min(words), max(words), sorted(words, key=lambda w: (len(w), w))[:4], "abc" * 2 == "abcabc", len("a" * 3))
dyn = "".join(["ab", "c"])
print(dyn == "abc", dyn != "abd", {dyn: 1}["abc"], "abc" in [dyn], dyn in {"abc": 0})
