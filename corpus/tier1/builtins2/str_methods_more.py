# str methods beyond the basics: partition, splitlines, expandtabs, case, predicates, errors
s = "  Hello, World! hello again  "
print(s.strip().partition(", "), s.rpartition("l"), "abc".partition("x"), "abc".rpartition("x"))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines())
print("one\ntwo\r\n\nthree\n".splitlines(True), "".splitlines(), "x\n".splitlines())
print("a\tbc\tdef\tg".expandtabs(), "a\tb\n\tc".expandtabs(4), repr("\t".expandtabs(0)))
print("hello world".title(), "they're bill's friends".title(), "HELLO".capitalize(), "mIxEd".swapcase())
print("Straße".casefold(), "Straße".lower(), "ǅemal".upper())
print("Hello World".istitle(), "Hello world".istitle(), "123".istitle(), "A1 B2".istitle())
print("abc123".isalnum(), "abc 123".isalnum(), "".isalnum(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal())
print("_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "héllo".isascii(), "hello".isascii())
print("abc".isprintable(), "a\tb".isprintable(), "".isprintable())
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b  ".split(), "  a  b  ".rsplit(None, 1))
print("a b c d".rsplit(" ", 2), "a b c".split(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "  hi ".strip(None))
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".find("c", 3), "abcabc".find("c", -2, -1), "abc".find(""))
print("abcabc".index("b", 2), "abcabc".rindex("b", 0, 3), "aaaa".count("aa"), "abc".count("", 1))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2), "hello".endswith(("x", "y")))
print("ab".center(7, "*"), "ab".center(6), "ab".ljust(5, "-"), "ab".rjust(5, "0"), "-7".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("-".join(["a", "b", "c"]), "".join(str(i) for i in range(5)), ", ".join({"x": 1, "y": 2}))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "aaa".replace("a", "b", 0))
cases = [
    ("index", lambda: "a".index("z")),
    ("join", lambda: ",".join([1, 2])),
    ("split", lambda: "a".split("")),
    ("center", lambda: "a".center(5, "ab")),
    ("startswith", lambda: "a".startswith(1)),
    ("strip", lambda: "a".strip(5)),
    ("replace", lambda: "a".replace(1, "b")),
    ("partition", lambda: "a".partition("")),
    ("find", lambda: "a".find(1)),
    ("removeprefix", lambda: "a".removeprefix(3)),
    ("upper", lambda: "a".upper(1)),
    ("split kw", lambda: "a".split(foo=1)),
    ("startswith tuple", lambda: "a".startswith(("a", 1))),
    ("startswith bad tuple", lambda: "b".startswith(("a", 1))),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except (TypeError, ValueError) as e:
        print(name, "!!", type(e).__name__, e)
