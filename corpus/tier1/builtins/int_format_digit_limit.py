# format(), f-string specs, str.format and %-formatting of an int past 4300 decimal
# digits raise ValueError as str() does; hex, octal and binary forms do not; the
# limit is on digits, not on the sign, padding or separators around them.
edge = 10 ** 4300 - 1
past = 10 ** 4300
for x in [edge, -edge, past, -past, 2 ** 20000]:
    for spec in ["", "d", ",", "_", ">4400", "+d", "n", "x", "o", "b", "#X", "e"]:
        try:
            out = format(x, spec)
            print(repr(spec), len(out), out[:12])
        except (ValueError, OverflowError) as e:
            print(repr(spec), type(e).__name__, e)
for template in ["%d", "%i", "%5d", "%x", "%o", "%.4400d"]:
    try:
        print(template, len(template % past))
    except ValueError as e:
        print(template, "ValueError:", e)
try:
    print("{:d}".format(past))
except ValueError as e:
    print("ValueError:", e)
print(len(f"{edge:,}"), len(f"{past:x}"))
print(f"{past:d}")
