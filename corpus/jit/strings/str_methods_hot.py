# str methods (split/join/strip/replace/find/startswith/upper/isdigit/center/zfill/count...) inside hot loops.
lines = ["  alpha,beta , gamma  ", "x=1;y=22;z=333", "MiXeD CaSe 123", "", "   ", "tab\tsep\tline", "a--b--c"]
for ln in lines:
    print(repr(ln.strip()), ln.split(), ln.split(","), ln.lower(), ln.upper(), ln.replace("a", "A", 1))
    print(ln.find("a"), ln.rfind("a"), ln.count("a"), ln.startswith("  "), ln.endswith("e"), ln.isspace(), ln.isdigit())
print("x=1;y=22".split(";"), "a--b--c".split("--", 1), "a--b--c".rsplit("--", 1), "k:v:w".split(":", 5))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(6), "-42".zfill(6), "7".center(4))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ABC".isupper(), "abc".islower(), "Ab".islower())
print("hello".index("l"), "a,b,,c".split(","), " x ".lstrip(), " x ".rstrip(), "xxhixx".strip("x"), "{}-{}".format(1, "b"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)


def parse(n):
    total = 0
    tags = {}
    for i in range(n):
        rec = "id=%d;name=user%d;score=%d" % (i, i % 17, (i * 37) % 101)
        parts = rec.split(";")
        kv = {}
        for p in parts:
            k, v = p.split("=")
            kv[k] = v
        if kv["name"].endswith("7"):
            total += int(kv["score"])
        tag = kv["name"].upper().replace("USER", "U")
        tags[tag] = tags.get(tag, 0) + 1
    return total, sorted(tags.items())[:5]


print(parse(1500))
csv = ",".join(str(i * i) for i in range(30))
print(csv[:40], sum(int(x) for x in csv.split(",")), "-".join(["a"] * 5), "".join(reversed("stressed")))
