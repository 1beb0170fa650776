# AttributeError: misspelled list method; CPython 3.11 adds a "Did you mean" hint.
queue = ["a", "b"]
queue.append("c")
print(queue, len(queue))
queue.apend("d")
