# Tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
# Grammar:
#   expr   := term (('+' | '-') term)*
#   term   := factor (('*' | '/' | '%') factor)*
#   factor := ('-' | '+') factor | power
#   power  := atom ('^' factor)?
#   atom   := NUMBER | NAME | NAME '(' expr ')' | '(' expr ')'

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit()):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        else:
            tokens.append(("bad", ch))
            i += 1
    tokens.append(("end", None))
    return tokens


VARS = {"pi": 3.141592653589793, "x": 7, "y": -3, "answer": 42}


def peek(state):
    return state["toks"][state["pos"]]


def advance(state):
    tok = state["toks"][state["pos"]]
    if tok[0] != "end":
        state["pos"] += 1
    return tok


def parse_expr(state):
    value = parse_term(state)
    while peek(state) in (("op", "+"), ("op", "-")):
        op = advance(state)[1]
        rhs = parse_term(state)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(state):
    value = parse_factor(state)
    while peek(state) in (("op", "*"), ("op", "/"), ("op", "%")):
        op = advance(state)[1]
        rhs = parse_factor(state)
        if op == "*":
            value = value * rhs
        elif op == "/":
            if rhs == 0:
                state["error"] = "division by zero"
                return 0
            value = value / rhs
        else:
            value = value % rhs
    return value


def parse_factor(state):
    tok = peek(state)
    if tok == ("op", "-"):
        advance(state)
        return -parse_factor(state)
    if tok == ("op", "+"):
        advance(state)
        return parse_factor(state)
    return parse_power(state)


def parse_power(state):
    base = parse_atom(state)
    if peek(state) == ("op", "^"):
        advance(state)
        return base ** parse_factor(state)
    return base


def isqrt_float(v):
    return v ** 0.5


def parse_atom(state):
    kind, val = advance(state)
    if kind == "num":
        return val
    if kind == "name":
        if peek(state) == ("op", "("):
            advance(state)
            arg = parse_expr(state)
            expect(state, ")")
            if val == "sqrt":
                return isqrt_float(arg)
            if val == "abs":
                return abs(arg)
            if val == "sq":
                return arg * arg
            state["error"] = "unknown function " + val
            return 0
        if val in VARS:
            return VARS[val]
        state["error"] = "unknown variable " + val
        return 0
    if (kind, val) == ("op", "("):
        v = parse_expr(state)
        expect(state, ")")
        return v
    state["error"] = f"unexpected token {val!r}"
    return 0


def expect(state, ch):
    if peek(state) != ("op", ch):
        state["error"] = f"expected {ch!r}"
    else:
        advance(state)


def evaluate(src):
    state = {"toks": tokenize(src), "pos": 0, "error": None}
    v = parse_expr(state)
    if state["error"] is None and peek(state)[0] != "end":
        state["error"] = "trailing input"
    if state["error"]:
        return "error: " + state["error"]
    return v


tests = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4",
    "7 - 3 - 2", "2 * (3 + 4) * 5", "sqrt(16) + abs(y)", "x * x - answer",
    "1.5 * 4", "pi * sq(2)", "((((1))))", "2 ^ -1", "1 / 0", "1 +", "foo + 1",
    "3 $ 4", "(1 + 2", "1 2", "100000 * 100000 * 100000 * 100000",
]
for t in tests:
    print(f"{t:<36} => {evaluate(t)}")
print(tokenize("a1 + 22.5*(b)")[:-1])
