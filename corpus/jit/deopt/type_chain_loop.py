# One variable goes int -> float -> str -> list -> None -> int again during a single long hot loop.
def chain(n):
    v = 0
    trace = []
    for i in range(n):
        phase = i // 400
        if phase == 0:
            v = v + 1
        elif phase == 1:
            if not isinstance(v, float):
                v = float(v)
            v = v + 0.25
        elif phase == 2:
            if not isinstance(v, str):
                v = str(v)
            v = v[-20:] + "s"
        elif phase == 3:
            if not isinstance(v, list):
                v = [v]
            v = v + [i] if len(v) < 5 else v[1:] + [i]
        elif phase == 4:
            v = None
        else:
            if v is None:
                v = 0
            v = v + i
        if i % 400 == 399:
            trace.append(repr(v))
    return trace


for t in chain(2400):
    print(t)


def swap_loop(n):
    a = 1
    b = 1.0
    c = "c"
    for i in range(n):
        a, b, c = b, c, a
    return a, b, c


print(swap_loop(1000), swap_loop(1001), swap_loop(1002))
