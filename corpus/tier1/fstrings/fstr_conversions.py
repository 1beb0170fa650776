# Tests f-string conversions !r and !s and repr of nested values
s = "it's"
t = 'say "hi"'
print(f"{s!r} {s!s} {s}")
print(f"{t!r} {t!s}")
nl = "a\nb"
print(f"{nl!r} {nl!s}")
v = "tab\tx"
print(f"{v!r}")
print(f"{[1, 'a']!r} {[1, 'a']!s} {(None, True)!r}")
print(f"{3!r} {3.5!r} {None!r} {True!r}")
print(f"{s!r:>10}|{s!s:<8}|")
print(f"{'é'!r} {'日本'!r}")
d = {"key": [1, 2]}
print(f"{d!r}")
n = 255
print(f"{str(n)!r} {n!s:>5} {repr(n)}")
