# Stack underflow in an RPN evaluator.
stack = []
for tok in "3 4 + * 2".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if tok == "+" else a * b)
    print(tok, stack)
