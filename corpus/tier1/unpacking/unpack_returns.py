# Tests unpacking function return values and iterables of various kinds
def parts(s):
    return s[0], s[1:-1], s[-1]
first, middle, last = parts("python")
print(first, middle, last)
def pair():
    return [1, 2]
a, b = pair()
print(a, b)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
s1, s2, s3 = range(3)
print(s1, s2, s3)
q, r = divmod(-7, 2)
print(q, r)
x, y = y, x = 1, 2
print(x, y)
(a, b), = [(5, 6)]
print(a, b)
w1, w2 = "hello world".split()
print(w2, w1)
lo, hi = min(3, 7), max(3, 7)
print(lo, hi)
name, domain = "user@example.com".split("@")
print(name, domain)
