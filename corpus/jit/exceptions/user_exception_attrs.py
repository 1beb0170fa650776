# User exception classes (no super().__init__) carrying attributes and a custom __str__, raised in hot loops.
class ParseError(Exception):
    pass


class BadToken(ParseError):
    def __init__(self, tok, pos):
        self.tok = tok
        self.pos = pos

    def __str__(self):
        return "bad token %r at %d" % (self.tok, self.pos)


class Empty(ParseError):
    pass


def parse(src):
    if not src:
        raise Empty("empty input")
    total = 0
    for pos, tok in enumerate(src.split()):
        if tok.isdigit():
            total += int(tok)
        elif tok == "neg":
            total = -total
        else:
            raise BadToken(tok, pos)
    return total


inputs = ["1 2 3", "", "4 neg 5", "7 x 9", "10 20 neg 30 ?", " ".join(str(i) for i in range(300))]
for s in inputs:
    try:
        print("ok", parse(s))
    except BadToken as e:
        print("BadToken", e, e.tok, e.pos, isinstance(e, ParseError))
    except ParseError as e:
        print(type(e).__name__, e, e.args)
fails = 0
tokens = []
for i in range(1500):
    try:
        parse("1 2 %s" % ("t" if i % 10 == 0 else str(i)))
    except BadToken as e:
        fails += 1
        tokens.append(e.pos)
print(fails, sum(tokens))
