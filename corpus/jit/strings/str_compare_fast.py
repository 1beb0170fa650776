# String comparisons in hot loops: equal objects, equal text in different objects,
# ordering by code point (ASCII and not), and a site that later sees non-strs.
words = ["apple", "banana", "apple", "cherry", "b", "", "äpfel", "zebra", "Zebra", "ápple"]
built = ["app" + "le", "ban" + "ana", "é" + "t"]


def tally(ws, probe):
    eq = lt = gt = ne = 0
    for w in ws:
        if w == probe:
            eq += 1
        if w < probe:
            lt += 1
        if w > probe:
            gt += 1
        if w != probe:
            ne += 1
    return eq, lt, gt, ne, [w <= probe for w in ws], [w >= probe for w in ws]


for rnd in range(40):
    r = tally(words + built, words[rnd % len(words)])
    if rnd % 8 == 0:
        print(rnd, r)


def op_loop(ops):
    acc = 0
    for op in ops:
        if op == "add":
            acc += 3
        elif op == "sub":
            acc -= 1
        elif op == "mul":
            acc *= 2
        else:
            acc = acc % 1000
    return acc


print(op_loop(["add", "sub", "mul", "mod"] * 300))
print(op_loop(["add", "sub", 3, None, "mul", ("add",)] * 100))
mixed = ["a", 1, "b", 2.5, None, "a"]
for rnd in range(30):
    out = []
    for x in mixed:
        out.append(x == "a")
        out.append(x != "b")
    if rnd % 10 == 0:
        print(out)
try:
    for i in range(100):
        r = "a" < words[i % 3]
    print(r, "x" < 3)
except TypeError as e:
    print("TypeError:", e)
