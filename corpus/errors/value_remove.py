# Removing an element that is not in the list.
queue = ["a", "b", "c"]
queue.remove("b")
print(queue)
queue.remove("z")
