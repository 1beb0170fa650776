# Tests list append, pop (with and without index), insert at various positions
a = []
for i in range(5):
    a.append(i * i)
print(a, len(a))
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.insert(0, "first")
print(a)
a.insert(len(a), "last")
print(a)
a.insert(-1, "before-last")
print(a)
a.insert(100, "far")
a.insert(-100, "neg-far")
print(a)
a.insert(2, [1, 2])
print(a, len(a))
b = [1]
b.append(b[:])
print(b)
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print(stack.pop(), end=" ")
print()
q = [1, 2, 3]
q.append(q.pop(0))
print(q)
