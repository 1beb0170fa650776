# A nested function calling a sibling nested in a different outer function.
def parser():
    def tokenize(s):
        return s.split()
    return tokenize("a b c")

def counter():
    def count(s):
        return len(tokenize(s))
    return count("x y")

print(parser())
print(counter())
