# Calling the result of a function that returns None.
def make_greeter(name):
    print("creating greeter for", name)

greet = make_greeter("world")
print("greet is", greet)
greet()
