# The interpreter unwinds to an exception handler, then enters compiled code at the
# handler: the handler, the code after it and the loops around it run compiled, with
# the registers as the interpreter left them (types unknown at that entry).


def parse_all(items):
    good, bad = 0, 0
    for s in items:
        try:
            good += int(s)
        except ValueError as e:
            bad += 1
            last = str(e)
        else:
            good += 1
        finally:
            good += 0
    return good, bad, last


def after_handler(n):
    try:
        [][0]
    except IndexError:
        total = 0.5
    # A hot loop after the handler: entered from the handler entry.
    for i in range(n):
        total += i * 2
    return total


def nested(n):
    caught = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                caught.append(10 // (i % 4))
            except KeyError as k:
                caught.append(("key", k.args[0]))
        except ZeroDivisionError:
            caught.append("zero")
    return caught


def reraise(n):
    count = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                count += 1
                if i % 5 == 4:
                    raise
        except ValueError as e:
            count += 100 + e.args[0]
    return count


items = [str(i) if i % 4 else "x" + str(i) for i in range(2000)]
print(parse_all(items))
print(after_handler(3000))
r = nested(60)
print(len(r), r[:8], r.count("zero"))
print(reraise(500))

# Types change between entries at the same handler.
def mixed(values):
    out = []
    for v in values:
        try:
            out.append(v + 1)
        except TypeError:
            out.append(v * 2)
    return out


print(mixed([1, "a", 2.5, "bc", 7, [1]] * 50)[-6:])
