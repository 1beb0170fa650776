# Tests set operators | & - ^ and their augmented forms
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), a - a, a ^ a)
c = set(a)
c |= {7}
print(c)
c &= {1, 2, 7, 0}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
print(a, b)
print((a | b) - (a & b) == a ^ b, a - b | b - a == a ^ b)
x = {0, 1}
y = x
y |= {2}
print(x, x is y)
print({1, 2} | {2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4} & {3, 4, 5})
