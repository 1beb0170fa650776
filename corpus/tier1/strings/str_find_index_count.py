# Tests find, rfind, index, count including start/end arguments
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 4, 6))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5))
print(s.index("c"), s.index("dab"), s.index("a", 5), s.index("ra", 3))
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), s.count("a", 2), s.count("a", 2, 8))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print("".find(""), "".count(""), "".find("x"))
print("hello".find("l", -2), "hello".rfind("l", -5, -2), "hello".count("l", -3))
text = "one two three two one"
pos = text.find("two")
while pos != -1:
    print("two at", pos)
    pos = text.find("two", pos + 1)
print("x" in text, "two" in text, "three two" in text, "" in text, "owt" not in text)
