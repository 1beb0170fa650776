# Tests startswith and endswith including tuple arguments and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""), s.startswith(s + "x"))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(""), s.endswith("filename.tar.gz"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.startswith(("x", "fi")))
print(s.startswith("name", 4), s.startswith("name", 5), s.endswith("tar", 0, 12))
print(s.endswith("file", 0, 4), s.startswith("gz", -2), s.endswith("tar", -6, -3))
print("".startswith(""), "".endswith("a"), "a".startswith("ab"))
for w in ["apple", "banana", "avocado", "cherry", "apricot"]:
    print(w, w.startswith("a"), w.endswith(("y", "o")))
url = "https://example.com/path/file.txt"
print(url.startswith("https://"), url.startswith("http://"), url.startswith(("ftp:", "https:")))
print(url.endswith(".txt"), url.endswith((".py", ".txt")), url.endswith("file", 0, -4))
print(url.startswith("example", 8), url.startswith("example", 9), url.endswith("com", 0, 19))
print("abc".startswith("abc"), "abc".startswith("abcd"), "abc".endswith("bc"), "abc".endswith(""))
print("日本語".startswith("日"), "日本語".endswith("本語"), "é".startswith("e"))
