# AttributeError: an exception instance's own attributes are suggested.
class E(Exception):
    def __init__(self):
        self.code = 1
print(E().code)
E().cod
