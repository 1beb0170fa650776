# Bare raise re-raising from a handler, raise in except (chaining), try/except/else inside hot loops.
def inner(i):
    try:
        return 100 // (i % 4)
    except ZeroDivisionError:
        if i % 8 == 0:
            raise
        return -1


def middle(n):
    caught = 0
    total = 0
    elses = 0
    for i in range(n):
        try:
            v = inner(i)
        except ZeroDivisionError as e:
            caught += 1
            msg = str(e)
        else:
            elses += 1
            total += v
    return caught, total, elses, msg


print(middle(2000))


def convert(xs):
    out = []
    for x in xs:
        try:
            try:
                out.append(int(x))
            except ValueError:
                raise KeyError("bad " + x)
        except KeyError as e:
            out.append(str(e))
    return out


print(convert(["1", "x", "30", "", "-4"]))


def chain():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("from key") from e
    except ValueError as e2:
        return str(e2), type(e2.__cause__).__name__


print(chain())


def else_finally(n):
    log = []
    for i in range(n):
        try:
            if i == 2:
                raise IndexError
        except IndexError:
            log.append("exc")
        else:
            log.append("else")
        finally:
            log.append("fin")
    return log


print(else_finally(4))
