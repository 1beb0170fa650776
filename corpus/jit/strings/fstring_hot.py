# f-strings with !r, width/alignment/precision/sign/zero-pad/thousands/hex format specs, built in hot loops.
rows = []
for i in range(1200):
    x = i * 1.25 - 300
    rows.append(f"{i:>5}|{x:8.2f}|{i:05d}|{i:x}|{i:,}|{x:+.1e}|{'s' * (i % 3)!r}")
print(len(rows))
for r in rows[::150]:
    print(r)
v = 2 ** 47
name = "krait"
print(f"{v} {v:,} {v:x} {v:#x} {v:o} {v:b}"[:80])
print(f"{name!r:>10} {name:<8}| {name:^9}| {name:*^11} {3.14159:.3f} {2.5:g} {1e20:g} {-0.0}")
print(f"{1 / 3:.10f} {1e-7} {123456789.0:,.2f} {0.5:%} {-7:04d} {7:+d} {True} {None}")
print(f"{'nested ' + f'{1 + 1}'} {[1, 2]!r} {{braces}} {(lambda: 5)()}")
width = 7
prec = 2
print(f"[{3.14159:{width}.{prec}f}] [{'ab':>{width}}]")
items = {"a": 1.5, "bb": 22.25, "ccc": -3}
for k, val in items.items():
    print(f"{k:<4}={val:>8.3f};")
acc = ""
for i in range(300):
    acc = f"{acc[-30:]}{i % 10}"
print(acc)
