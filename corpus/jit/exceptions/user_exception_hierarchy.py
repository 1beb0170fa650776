# User exception classes with inheritance, args, custom __init__/__str__, caught by base class in hot loops.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing " + repr(key))
        self.key = key


class Invalid(AppError):
    def __init__(self, value, reason):
        self.value = value
        self.reason = reason
        super().__init__(value, reason)

    def __str__(self):
        return "invalid %r: %s" % (self.value, self.reason)


class Fatal(Exception):
    pass


def handle(x):
    if x % 7 == 0:
        raise NotFound(x)
    if x % 11 == 0:
        raise Invalid(x, "eleven")
    if x == 999:
        raise Fatal("stop")
    return x


counts = {"nf": 0, "inv": 0, "ok": 0}
last = []
for i in range(1, 1200):
    try:
        handle(i)
        counts["ok"] += 1
    except NotFound as e:
        counts["nf"] += 1
        if e.key > 1180:
            last.append(str(e))
    except AppError as e:
        counts["inv"] += 1
        if i > 1150:
            last.append((str(e), e.args, e.value))
    except Fatal as e:
        last.append(("fatal", str(e), e.args))
print(counts)
for l in last:
    print(l)
e = Invalid(3, "r")
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(Fatal(), AppError), repr(str(AppError())), AppError("a", 1).args)
try:
    raise NotFound("k")
except Exception as ex:
    print(type(ex).__name__, ex, ex.key)
