# RecursionError: a method recurses on self instead of self.parent.
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def depth(self):
        if self.parent is None:
            return 0
        return 1 + self.depth()

root = Node("root")
print(root.name, root.depth())
child = Node("child", root)
print(child.name, child.parent.name)
print(child.depth())
