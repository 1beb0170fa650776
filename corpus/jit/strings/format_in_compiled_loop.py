# f-strings, tuples, lists, slices and joined strs built in hot loops (run by the JIT's
# step helper without the interpreter's dispatch), with a __str__ that runs Python
# code, a __str__ that raises mid-loop (caught outside, traceback line from the loop),
# and format specs that are wrong for the value.


class Temp:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        if self.c > 90:
            raise ValueError("too hot: %d" % self.c)
        return "%dC" % self.c


def report(temps):
    lines = []
    for i, t in enumerate(temps):
        lines.append(f"{i:03d}|{t}|{t.c:>5.1f}|{[i, t.c][-1]}|{(i, i)}|{str(i)[:1]}")
    return lines


out = report([Temp(c) for c in range(0, 90, 7)])
print(len(out), out[0], out[-1])
try:
    report([Temp(c) for c in range(80, 100, 3)])
except ValueError as e:
    print("ValueError:", e)

bad = 0
for v in [1, 2.5, "s", 3, None]:
    try:
        s = f"{v:d}"
    except (ValueError, TypeError) as e:
        bad += 1
        s = type(e).__name__
    print(s, end=" ")
print(bad)

acc = []
for i in range(3000):
    acc.append(f"{i}-{i * i % 97:02}")
print(len(acc), acc[7], acc[-1], "".join(acc)[:30])
print(report([Temp(95)]))
