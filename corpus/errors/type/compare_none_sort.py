# Sorting scores where one entry is missing (None).
def parse(s):
    s = s.strip()
    return int(s) if s else None

raw = ["40", " 12", "7 ", "", "25"]
scores = [parse(s) for s in raw]
print(scores)
print("known:", sorted(s for s in scores if s is not None))
print("all:", sorted(scores))
