# AttributeError: Python 2 style e.message inside an except block.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("bad input:", str(e))
        return None

print(parse("12"), parse("x1"))
try:
    int("4.5")
except ValueError as e:
    print("caught", isinstance(e, ValueError))
    print(e.message)
