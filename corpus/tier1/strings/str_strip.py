# Tests strip, lstrip, rstrip with default whitespace and explicit chars
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "abcHELLOcba".strip("cb"))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print("www.example.com".strip("cmowz."), "123abc321".strip("123"))
print(repr("\n\nline\n".rstrip("\n")), repr("  x  ".lstrip(" ")))
print("--==text==--".strip("-="), "--==text==--".rstrip("=-"))
print(repr(" a b ".strip(None)))
lines = ["  one ", "two  ", "  three"]
print([l.strip() for l in lines])
for s in ["  a  ", "\ta\n", "a", "", " \n\t "]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("0.500".rstrip("0")), repr("000123".lstrip("0")), repr("xyzzyx".strip("xy")))
print(repr("  mid dle  ".strip()), repr("..a..".strip(".")), repr("ab".strip("abc")))
print("path/to/dir///".rstrip("/"), "///root".lstrip("/"))
