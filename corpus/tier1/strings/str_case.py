# Tests upper, lower, isupper, islower, isalpha, isdigit, isspace
samples = ["hello", "HELLO", "Hello World", "abc123", "123", "", "   ", " \t\n", "MiXeD", "ABC DEF", "a1", "ÄÖÜ", "straße", "x.y"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.isupper(), s.islower(), s.isalpha(), s.isdigit(), s.isspace())
print("Python3".upper().lower(), "ß".upper(), "İ".lower() == "i̇")
print("123".isdigit(), "12.3".isdigit(), "-1".isdigit(), "٣".isdigit())
print("abc".isalpha(), "ab c".isalpha(), "é".isalpha(), "_".isalpha())
print("A1".isupper(), "a1".islower(), "1".isupper(), "1".islower())
for s in ["hello world", "HELLO", "x", "", "123abc", "ABC123", "Ünïcödé"]:
    print(repr(s), s.upper() == s, s.lower() == s, s.upper().lower() == s.lower())
print("mIxEd CaSe".upper(), "mIxEd CaSe".lower(), "ABC".lower().upper())
print("a b".isalpha(), "ab".isalpha(), "".isspace(), " \t".isspace(), "\u3000".isspace())
print("12a".isdigit(), "007".isdigit(), "0123456789".isdigit())
print("ÀÉÎ".islower(), "àéî".islower(), "ÀÉÎ".isupper(), "ABC!".isupper())
print(sum(1 for c in "Hello World" if c.isupper()), sum(1 for c in "Hello World" if c.islower()))
