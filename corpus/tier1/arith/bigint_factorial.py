# Tests big-int multiplication via factorials and fibonacci
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100))
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
print(a)
print(fact(30) // fact(28))
print(fact(40) % 1000003)
print(fact(25) == 15511210043330985984000000)
s = 0
for ch in str(fact(100)):
    s += int(ch)
print(s)
