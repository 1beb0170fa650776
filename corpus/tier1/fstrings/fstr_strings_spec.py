# Tests f-string specs on strings: precision truncation, fill, s type
s = "abcdefgh"
print(f"[{s:.3}] [{s:10.3}] [{s:>10.5}] [{s:^10.2}]")
print(f"[{s:s}] [{s:>10s}] [{s:.0}]")
print(f"[{'日本語':>6}] [{'é':*^5}]")
for w in ["x", "yy", "zzz"]:
    print(f"{w:>{len(w) + 3}}|{w:-<5}|")
print(f"{'a'}{'b':>2}{'c':>3}")
for s in ["", "a", "abc", "abcdefg"]:
    print(f"|{s:5}|{s:>5}|{s:^5}|{s:.2}|{s:*<5.3}|")
name = "Grace"
print(f"{name!r:>10}|{name:^11}|{name.lower():_>8}")
print(f"{'left':<{10}}|{'right':>{10}}|")
print(f"{'x' * 3:>6}{'-':^3}{'y' * 2:<4}|")
print(f"{str(12):>5}{repr('s'):>5}")
