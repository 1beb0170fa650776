# Tests nested replacement fields in f-string specs like {x:{w}} and {x:{w}.{p}f}
x = 3.14159265
for w in range(4, 12, 2):
    print(f"[{x:{w}.2f}]")
for p in range(0, 6):
    print(f"[{x:.{p}f}] [{x:10.{p}f}]")
w = 9
a = ">"
f = "*"
print(f"[{'mid':{f}^{w}}] [{'r':{a}{w}}] [{42:{w}d}]")
spec = "08.3f"
print(f"[{x:{spec}}]")
names = ["a", "bbb", "cc"]
width = max(len(s) for s in names) + 2
for s in names:
    print(f"|{s:<{width}}|{s:>{width}}|")
