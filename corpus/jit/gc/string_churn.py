# Many short-lived strings (concat, slicing, format, join, split) in hot loops with some kept; verify them later.
kept = []
junk_len = 0
for i in range(3000):
    s = "item-" + str(i) + "-" + "abc"[i % 3] * (i % 5)
    t = s.upper().replace("-", "_")
    u = f"{t}|{i:06d}"
    junk_len += len(u)
    if i % 250 == 0:
        kept.append((s, t, u))
print(junk_len, len(kept))
for s, t, u in kept:
    print(s, t, u)
words = []
for i in range(1500):
    words.append(("w%d " % i) * (i % 4))
text = "".join(words)
parts = text.split()
print(len(text), len(parts), parts[:4], parts[-2:])
acc = ""
snap = []
for i in range(1000):
    acc = acc[-50:] + chr(65 + i % 26)
    if i % 200 == 0:
        snap.append(acc)
print(snap)
