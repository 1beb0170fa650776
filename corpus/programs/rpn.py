# Reverse Polish notation: evaluator and infix-to-RPN (shunting-yard).

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 3}
RIGHT = {"**"}


def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in PREC:
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            elif tok == "//":
                stack.append(a // b)
            elif tok == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(int(tok) if "." not in tok else float(tok))
    return stack


def tokenize(expr):
    out = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c == " ":
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            out.append(expr[i:j])
            i = j
        elif expr[i:i + 2] in ("**", "//"):
            out.append(expr[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return out


def to_rpn(expr):
    output = []
    ops = []
    for tok in tokenize(expr):
        if tok in PREC:
            while ops and ops[-1] != "(" and (
                PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok not in RIGHT)
            ):
                output.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                output.append(ops.pop())
            ops.pop()
        else:
            output.append(tok)
    while ops:
        output.append(ops.pop())
    return output


programs = [
    "3 4 + 2 *",
    "5 1 2 + 4 * + 3 -",
    "2 3 4 * +",
    "10 3 /",
    "-7 2 //",
    "-7 2 %",
    "2 100 **",
    "1.5 2 * dup *",
    "1 2 swap -",
    "3 dup dup * *",
]
for p in programs:
    print(f"{p:<22} -> {eval_rpn(p.split())}")

exprs = [
    "3 + 4 * 2 / ( 1 - 5 ) ** 2 ** 3",
    "(1 + 2) * (3 + 4)",
    "2 ** 3 ** 2",
    "100 // 7 % 4",
    "10 - 4 - 3",
    "2 * 3.5 + 0.25",
    "((15 // (7 - (1 + 1))) * 3) - (2 + (1 + 1))",
]
for e in exprs:
    r = to_rpn(e)
    print(e)
    print("   rpn:", " ".join(r))
    print("   value:", eval_rpn(r)[0])
