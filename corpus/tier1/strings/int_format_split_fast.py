# Common int format specs, int() of plain decimal strings and split on one character: the fast paths agree with the general ones.
for x in [0, 7, -7, 123, -123456, 10**15, -(10**17)]:
    for spec in ["d", "5", "5d", "05", "05d", "010d", "<6", ">6", "^6", "^7d", "<6d", "0", "00", "1", "02"]:
        print(repr(format(x, spec)), end=" ")
    print()
for t in ["0", "-0", "+5", "007", "123456789012345678", "1234567890123456789", "-999", " 12", "1_000", "", "-", "+", "12a"]:
    try:
        print(t, int(t))
    except ValueError as e:
        print("VE", e)
print("a;b;;c".split(";"), "a;b;;c".split(";", 1), ";".split(";"), "x".split("x"), "aéb".split("é"), "a,b".split(","))
