# Tests str.replace with counts, empty patterns and chained calls
s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 1), s.replace("a", "o", 2), s.replace("a", "o", 0))
print(s.replace("an", ""), s.replace("na", "NA"), s.replace("x", "y"), s.replace("banana", "!"))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("a b c".replace(" ", ""), "tab\there".replace("\t", "    "))
print("Hello".replace("l", "L").replace("H", "J").replace("o", "0"))
print("mississippi".replace("ss", "SS").replace("i", "!", 2))
print(("x" * 5).replace("x", "yz"), ("ab" * 3).replace("ba", "|"))
print("ñandú".replace("ñ", "n").replace("ú", "u"))
print("abc".replace("abc", "abcabc", -1))
for n in range(-1, 5):
    print(n, "a.b.c.d".replace(".", "/", n))
print("hello".replace("l", ""), "hello".replace("hello", ""), "".replace("a", "b"))
print("aaa".replace("aa", "b"), "aaaaa".replace("aa", "x"), "abab".replace("ab", "ba"))
print("The cat sat".replace("at", "og").replace("The", "A"))
