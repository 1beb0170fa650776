# Tests string comparisons, concatenation, repetition and membership
print("abc" < "abd", "abc" < "ab", "" < "a", "B" < "a", "abc" == "abc", "abc" != "ABC")
print("apple" < "banana" < "cherry", "a" <= "a", "b" >= "c")
print(sorted(["pear", "Apple", "apple", "banana", "", "Banana", "a"]))
print(max(["pear", "apple", "zoo"]), min("hello"), max("hello"))
print("ab" + "cd", "ab" * 3, 3 * "xy", "x" * 0, repr("x" * -2))
print("ell" in "hello", "elo" in "hello", "" in "", "a" not in "bcd")
s = ""
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
print(("a" + "b") * 2 + "c", "-" * 20)
print("abc" < "abcd" < "abd", "Z" * 3 < "a")
print("10" < "9", "10" < "2", "100" == "1" + "00")
print(len("abc" * 100), ("ab" * 50).count("ab"))
