# A bare `except:` placed before a more specific handler.
def parse(s):
    try:
        return int(s)
    except:
        return None
    except ValueError:
        return -1

print(parse("12"))
