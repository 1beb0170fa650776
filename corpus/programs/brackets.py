# Bracket matching with a stack; reports the position of the first error.

PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENERS = "([{<"


def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in OPENERS:
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r} at {pos} closed by {ch!r} at {i}"
    if stack:
        ch, pos = stack[-1]
        return f"unclosed {ch!r} at {pos}"
    return "ok"


def max_depth(s):
    d = 0
    best = 0
    for ch in s:
        if ch in OPENERS:
            d += 1
            best = max(best, d)
        elif ch in PAIRS:
            d -= 1
    return best


def generate(n, cur, opened, closed, out):
    if len(cur) == 2 * n:
        out.append(cur)
        return
    if opened < n:
        generate(n, cur + "(", opened + 1, closed, out)
    if closed < opened:
        generate(n, cur + ")", opened, closed + 1, out)


def min_fix(s):
    # minimum insertions to balance a string of parens
    need = 0
    bal = 0
    for ch in s:
        if ch == "(":
            bal += 1
        else:
            if bal == 0:
                need += 1
            else:
                bal -= 1
    return need + bal


cases = [
    "", "()", "([]{})", "([)]", "((())", "())", "{[<>]}(", "<<>>[{()}]",
    "f(a[i], g{x}) <y>", "]", "((((((((((", "([{<>}])" * 3,
]
for c in cases:
    print(f"{c!r:30} {check(c):40} depth={max_depth(c)}")

for n in range(1, 6):
    out = []
    generate(n, "", 0, 0, out)
    print(n, len(out), out if n <= 3 else out[:4])
for s in ("())(", "(((", ")))(((", "()()", "(()))("):
    print(s, "needs", min_fix(s))
