# Tests every augmented assignment operator on ints, floats, strings, lists, tuples
a = 10
a += 5
print(a)
a -= 3
print(a)
a *= 4
print(a)
a /= 3
print(a)
a //= 2
print(a)
a **= 2
print(a)
a %= 7
print(a)
n = 6
n &= 3
print(n)
n |= 8
print(n)
n ^= 15
print(n)
n <<= 4
print(n)
n >>= 2
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
t *= 2
print(t)
l = [1]
l += "xy"
l *= 2
print(l)
f = 1.5
f **= 2
f -= 0.25
print(f)
big = 2
big **= 100
big -= 1
print(big)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
