# rsplit with maxsplit still leaves too few parts for a path without '/'.
paths = ["/usr/bin/python", "/etc/hosts", "README"]
for p in paths:
    parent, name = p.rsplit("/", 1)
    print(repr(parent or "/"), name)
