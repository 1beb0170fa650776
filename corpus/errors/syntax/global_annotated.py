# SyntaxError: an annotated name declared global.
limit = 10

def setup():
    limit: int = 5
    global limit

setup()
