# Tour of str methods and operations used in day-to-day code.

s = "  Hello, World! Hello, Krait!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower())
print(t.replace("Hello", "Bye"), t.replace("Hello", "Bye", 1))
print(t.split(), t.split(", "), t.split("!"), "a,b,,c".split(","))
print("a b  c   d".split(" "), " x  y ".split(), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print(t.find("Hello"), t.find("Hello", 1), t.rfind("Hello"), t.find("zzz"), t.index("World"))
print(t.count("l"), t.count("Hello"), t.count(""))
print(t.startswith("Hello"), t.endswith("!"), t.startswith("World", 7), t.endswith("?"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(5)))
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "ab1".isalpha(), "   ".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abc1".islower())
print(repr("hi".center(10)), repr("hi".center(9, "*")), repr("hi".ljust(6, ".")), repr("hi".rjust(6)))
print("42".zfill(6), "-42".zfill(6), "abc".zfill(2))
print("{} + {} = {}".format(2, 3, 5), "{0}{1}{0}".format("ab", "cd"), "{:>6}|{:<6}|{:^6}".format(1, 2, 3))
print("{:.3f} {:e} {:g} {:%}".format(3.14159, 12345.678, 0.00001234, 0.25))
word = "Mississippi"
print(word[0], word[-1], word[2:5], word[::-1], word[::2], word[-4:], word[:-4], word[100:])
print(len(word), word * 2, "ss" in word, "xx" not in word, word < "Missouri", "a" < "B", "abc" < "abd")
print(ord("A"), chr(97), ord("é"), chr(955), "é".upper(), len("naïve"), "ÄÖÜ".lower())
print(str(123) + str(4.5) + str(True) + str(None), repr("quote's"), repr('dq"'), repr("both'\""))
print("tab\there", "new\\nline", "unicode \u00e9")
multi = """line one
line two
  line three"""
print(multi.split("\n"), len(multi))
csv = "name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,41,rome"
rows = [line.split(",") for line in csv.split("\n")]
header, data = rows[0], rows[1:]
for r in data:
    print(" | ".join(f"{h}={v}" for h, v in zip(header, r)))
print(sorted(r[0] for r in data))
title = " ".join(w[0].upper() + w[1:] for w in "the quick brown fox".split())
print(title)
print("%s is %d years and %.1f%% done; hex %x, padded %05d, left %-6s|" % ("bob", 25, 99.5, 255, 42, "ab"))
print("%r %s" % ("x", "x"), "%c%c" % (72, 105), "%3d|%-3d|" % (7, 7), "%+d %+d" % (5, -5))
