# Misremembered string method.
s = "hello"
print(s.upper())
print(s.foo())
