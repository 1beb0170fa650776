# TypeError: a slice assigned None.
buf = [1, 2, 3]
buf[:1] = None
