# TypeError wording of argument errors: None named as None, a dict indexed by a slice,
# sorted()'s own arguments checked before list.sort's keywords, int()'s literal cut
# at 200 characters.
d = {1: 2}
for f in (lambda: format(5, None), lambda: "a".replace(None, "b"), lambda: "a".replace("a", None),
          lambda: "ab".removeprefix(None), lambda: format(5, 3), lambda: str(1, None), lambda: d[0:1],
          lambda: sorted(iterable=[1]), lambda: sorted([1], key=None, reverse=False, foo=1),
          lambda: sorted([2, 1], foo=1), lambda: [].sort(1), lambda: [].sort(a=1, b=2, c=3), lambda: sorted(),
          lambda: sorted(5, foo=1), lambda: sorted([3, 1], reverse=True)):
    try:
        print(f())
    except TypeError as e:
        print(e)
for s in ["x" * 201, "y" * 198, "z" * 199, "\u00e9" * 300]:
    try:
        int(s)
    except ValueError as e:
        print(e)
d[0:1] = 5
