# f-strings of one piece (a lone field, a lone literal, a constant or nested format spec)
# compile to the piece itself, with no joining: results must still be equal strs.
x = 42
y = "s"
print(f"{x}", f"{y}", f"{x:06d}", f"{x!r}", f"{y!r}", f"lit", f"", f"{x=}", f"{x:{'>'}{6}}", f"{3.5:.2f}", f"{'ab'}")
for i in range(300):
    s = f"{i:>{i % 7 + 1}}|{i:x}|{i!r:5}"
print(s, type(f"{x}"), f"{x}" == "42")
