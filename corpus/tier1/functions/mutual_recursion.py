# Tests mutual recursion between top-level functions
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print([is_even(i) for i in range(8)], is_odd(101), is_even(200))
def expr(tokens, pos):
    value, pos = term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def term(tokens, pos):
    value, pos = factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = factor(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos
def factor(tokens, pos):
    if tokens[pos] == "(":
        value, pos = expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1
for src in ["1+2*3", "(1+2)*3", "8/2/2", "2*(3+4)*5-6", "((7))"]:
    print(src, expr(list(src), 0)[0])
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(i) for i in range(15)])
print([hofstadter_m(i) for i in range(15)])
