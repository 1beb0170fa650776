# SyntaxError: an attribute assigned inside a list display.
class P:
    pass

p = P()
flags = [p.ready = True, False]
