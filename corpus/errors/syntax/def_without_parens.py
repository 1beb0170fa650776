# A function definition that forgets the parameter list parentheses.
def greet:
    return "hello"

print(greet())
