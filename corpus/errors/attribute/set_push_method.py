# AttributeError: sets have add(), not push().
seen = set()
words = "the cat saw the other cat".split()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(len(seen), sorted(seen))
print(dups)
seen.push("dog")
