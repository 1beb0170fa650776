# RecursionError: __init__ unconditionally builds another instance of its class.
class Tree:
    made = 0

    def __init__(self, label):
        Tree.made += 1
        self.label = label
        self.child = Tree(label + "'")

print("building")
print(Tree.made)
t = Tree("root")
