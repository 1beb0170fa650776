# Benchmark: a small interpreter for a stack-based bytecode with a tokenizer and compiler.
# krait-args: 300
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000

SOURCE = """
let i = 0
let acc = 0
let j = 0
while i < N
  let j = i % 13
  if j < 6
    let acc = acc + i * j
  else
    let acc = acc - j
  end
  let i = i + 1
end
print acc
"""


def tokenize(line):
    return line.split()


def compile_program(src):
    code = []
    stack = []
    for raw in src.strip().split("\n"):
        toks = tokenize(raw)
        if not toks:
            continue
        if toks[0] == "let":
            compile_expr(toks[3:], code)
            code.append(("store", toks[1]))
        elif toks[0] == "while":
            start = len(code)
            compile_expr(toks[1:], code)
            code.append(("jz", None))
            stack.append(("while", start, len(code) - 1))
        elif toks[0] == "if":
            compile_expr(toks[1:], code)
            code.append(("jz", None))
            stack.append(("if", len(code) - 1, None))
        elif toks[0] == "else":
            kind, jz_at, _ = stack.pop()
            code.append(("jmp", None))
            code[jz_at] = ("jz", len(code))
            stack.append(("else", len(code) - 1, None))
        elif toks[0] == "end":
            kind, a, b = stack.pop()
            if kind == "while":
                code.append(("jmp", a))
                code[b] = ("jz", len(code))
            else:
                code[a] = (code[a][0], len(code))
        elif toks[0] == "print":
            compile_expr(toks[1:], code)
            code.append(("print", None))
    return code


PREC = {"<": 1, "+": 2, "-": 2, "*": 3, "%": 3}


def compile_expr(toks, code):
    ops = []
    for t in toks:
        if t in PREC:
            while ops and PREC[ops[-1]] >= PREC[t]:
                code.append(("op", ops.pop()))
            ops.append(t)
        elif t.isdigit():
            code.append(("const", int(t)))
        else:
            code.append(("load", t))
    while ops:
        code.append(("op", ops.pop()))


def run(code, env):
    stack = []
    pc = 0
    out = []
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "const":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "op":
            b = stack.pop()
            a = stack.pop()
            if arg == "+":
                stack.append(a + b)
            elif arg == "-":
                stack.append(a - b)
            elif arg == "*":
                stack.append(a * b)
            elif arg == "%":
                stack.append(a % b)
            else:
                stack.append(1 if a < b else 0)
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp":
            pc = arg
        elif op == "print":
            out.append(stack.pop())
    return out, steps


code = compile_program(SOURCE)
print("instructions:", len(code))
env = {"N": n}
out, steps = run(code, env)
print("output:", out)
print("steps:", steps)
