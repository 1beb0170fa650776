# AttributeError: calling a method the class never defined.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

s = Stack()
for i in range(4):
    s.push(i * i)
print(s.pop(), s.items)
print(s.peek())
