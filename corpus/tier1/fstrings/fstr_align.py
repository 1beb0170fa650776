# Tests f-string alignment specs >, <, ^ with widths and fill characters
for v in ["a", "abc", "abcdefghij"]:
    print(f"[{v:>8}] [{v:<8}] [{v:^8}] [{v:8}]")
for v in [5, -5, 12345]:
    print(f"[{v:>8}] [{v:<8}] [{v:^8}] [{v:8}] [{v:=8}]")
print(f"[{'x':*>6}] [{'x':-<6}] [{'x':.^7}] [{'ab':0^5}]")
print(f"[{3.5:>8}] [{3.5:<8}] [{3.5:^9}] [{3.5:8}]")
print(f"[{42:*^10}] [{-42:0>6}] [{-42:06}] [{42:+6}]")
print(f"[{True:>6}] [{None!s:>6}] [{[1]!s:^7}]")
print(f"[{'':>3}] [{'':*^4}]")
for w in range(1, 7):
    print(f"|{'ab':>{w}}|{'ab':<{w}}|{'ab':^{w}}|")
items = [("x", 1), ("long name", 22), ("mid", 333)]
for name, v in items:
    print(f"{name:.<12}{v:.>6}")
print(f"[{-1.5:>+8.2f}] [{1.5:<+8.2f}] [{0:^+5}]")
