# Tests unicode strings: len, indexing by code point, ord/chr, comparisons
s = "naïve café 日本語 🐍"
print(s, len(s))
print(s[2], s[-1], s[11:14], s[::-1])
print([ord(c) for c in "aé日🐍"])
print(chr(233), chr(26085), chr(128013), chr(0x41), chr(955))
print("é" < "z", "Z" < "a", "日" > "本", "🐍" > "日")
print(s.upper(), "ΑΒΓ".lower(), "σ".upper())
print("日本語".find("語"), "日本語".replace("本", "-"), "日本" * 3)
print(repr("é"), repr("日本"), repr("\u00e9"), "\u65e5", "\U0001F40D")
print("café" == "cafe\u0301", len("cafe\u0301"))
print(sorted("zébra"), max("日本語"), min("héllo"))
print(sum(1 for c in s if ord(c) < 128))
for ch in "aé€日🐍":
    print(ch, ord(ch), repr(ch), len(ch), ch * 2, ch.upper())
w = "Ωmega"
print(w[0], w[1:], w.lower(), w.upper(), w.find("m"), w.count("a"))
print("ü" in "Müller", "Müller".replace("ü", "ue"), "Müller".split("ü"))
print(len("🐍🐍🐍"), "🐍🐍🐍"[1], "🐍🐍🐍".count("🐍"))
