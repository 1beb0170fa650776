# try/finally with return, break and continue inside loops; finally overriding return; nested finally order.
def ret_in_try(n):
    log = []
    for i in range(n):
        try:
            if i == 3:
                return i, log
            log.append(i)
        finally:
            log.append("f%d" % i)
    return None, log


print(ret_in_try(10))


def brk(n):
    log = []
    for i in range(n):
        try:
            if i % 2:
                continue
            if i > 6:
                break
            log.append(i)
        finally:
            log.append("f")
    return log


print(brk(20))


def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())


def nested(n):
    out = []
    for i in range(n):
        try:
            try:
                if i == 2:
                    raise KeyError(i)
                out.append("body%d" % i)
            finally:
                out.append("inner")
        except KeyError as e:
            out.append("caught" + str(e))
        finally:
            out.append("outer")
    return out


print(nested(4))


def hot(n):
    a = 0
    b = 0
    for i in range(n):
        try:
            if i % 5 == 0:
                continue
            a += i
        finally:
            b += 1
    return a, b


print(hot(2000))


def while_fin():
    i = 0
    res = []
    while True:
        try:
            i += 1
            if i > 5:
                break
        finally:
            res.append(i)
    return res


print(while_fin())
