# String concatenation in loops (+=, +, *, join), on locals, list items and attributes, with long results.
s = ""
for i in range(2000):
    s += str(i % 10)
print(len(s), s[:25], s[-25:])
t = ""
for ch in "abcdefghij" * 30:
    t = ch + t
print(len(t), t[:20])
parts = []
for i in range(500):
    parts.append("<" + str(i) + ">")
joined = "".join(parts)
print(len(joined), joined[:30], joined[-12:])


class Log:
    def __init__(self):
        self.text = ""


lg = Log()
for i in range(400):
    lg.text += "%d," % i if i % 50 == 0 else ""
print(lg.text)
buf = ["", ""]
for i in range(300):
    buf[i % 2] += chr(97 + i % 26)
print(buf[0][:30], buf[1][:30], len(buf[0]) + len(buf[1]))
x = "ab"
y = x
x += "cd"
print(x, y, x * 3, 3 * "z", "q" * 0, "-" * -2, "=" * 30)
u = ""
for i in range(200):
    u += "é✓"[i % 2]
print(len(u), u[:10], u.count("✓"))
try:
    s += 5
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
