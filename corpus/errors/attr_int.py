# Calling a method on an int.
n = 255
print(hex(n))
print(n.foo)
