# SyntaxError: `=` inside parentheses, where `==` was meant.
values = [1, 2, 3]
print(len(values))
print((values = 3))
