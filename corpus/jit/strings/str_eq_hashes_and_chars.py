# str == and != in compiled loops: equal lengths with different texts, cached hashes
# (dict keys) against uncached ones, one-character strs made at run time against
# equal constants, and strs of non-ASCII text.
words = "alpha beta gamma delta omega sigma + - * % < a b".split()
table = {w: i for i, w in enumerate(words)}  # hashes every word
fresh = [w[:1] + w[1:] for w in words]  # equal texts, new objects, no hash yet
same_len = ["abcde", "abcdf", "bbcde", "abcde", "ABCDE"]

hits = 0
for _ in range(300):
    for w in words:
        if w == "gamma":
            hits += 1
        if w != "omega":
            hits += 2
        if w == "+":
            hits += 5
    for f in fresh:
        if f == "sigma":
            hits += 7
    for x in same_len:
        for y in same_len:
            if x == y:
                hits += 1
            elif x != y:
                hits -= 1
print(hits)

plus, why = "+", "y"
op = "1 + 2".split()[1]
xy = "xy"
print(op == plus, xy[1] == why, xy[1] != plus)
chars = [c for c in "hello, world" if c == "o" or c == ","]
print(chars, sum(1 for c in "mississippi" if c == "s"))

accents = ["été", "ete", "éte", "été"]
print([a == "été" for a in accents], [a != "ete" for a in accents])
print(table["sigma"], table.get("+"), "-" in table, "zeta" in table)
count = 0
for i in range(2000):
    key = "k" + str(i % 7)
    if key == "k3":
        count += 1
    if key != "k" + "3":
        count += 2
print(count)
