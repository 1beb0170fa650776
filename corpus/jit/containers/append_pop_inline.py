# list.append and list.pop() compiled inline: appends that fill the spare capacity and
# appends that must grow the list, pops down to empty (IndexError), a stack machine
# pushing and popping values of every type, a list appended to itself, and a list
# shared by two names.


def fill(n):
    xs = []
    caps = []
    for i in range(n):
        xs.append(i * 3)
        if len(xs) in (1, 4, 8, 9, 16, 17, 1000, 1001):
            caps.append((len(xs), xs[-1]))
    return xs, caps


xs, caps = fill(5000)
print(len(xs), xs[0], xs[-1], sum(xs), caps)


def run(prog):
    stack = []
    out = []
    for op, arg in prog:
        if op == "push":
            stack.append(arg)
        elif op == "add":
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif op == "dup":
            v = stack.pop()
            stack.append(v)
            stack.append(v)
        elif op == "out":
            out.append(stack.pop())
    return out, stack


prog = [("push", 1), ("push", 2), ("add", None), ("dup", None), ("add", None), ("out", None),
        ("push", "a"), ("push", "b"), ("add", None), ("out", None),
        ("push", 1.5), ("push", 2), ("add", None), ("out", None),
        ("push", [1]), ("push", [2]), ("add", None), ("out", None),
        ("push", None), ("out", None), ("push", (1, 2)), ("dup", None)]
for _ in range(200):
    result = run(prog)
print(result)

try:
    run([("push", 1), ("add", None)])
except IndexError as e:
    print("IndexError:", e)

shared = []
alias = shared
for i in range(100):
    shared.append(i)
    if i % 3 == 0:
        alias.pop()
print(len(shared), shared[:5], alias is shared)

me = [0]
for i in range(20):
    me.append(me if i == 10 else i)
print(len(me), me[11] is me, me[-1])

drained = list(range(50))
total = 0
while drained:
    total += drained.pop()
print(total, drained)
try:
    drained.pop()
except IndexError as e:
    print("IndexError:", e)
