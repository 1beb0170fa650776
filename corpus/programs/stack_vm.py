# A tiny stack-based bytecode VM with an assembler for labels; runs a few programs.

def assemble(src):
    code = []
    labels = {}
    lines = []
    for raw in src.strip().split("\n"):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
        else:
            lines.append(line.split())
    for parts in lines:
        op = parts[0]
        arg = None
        if len(parts) > 1:
            a = parts[1]
            if a in labels:
                arg = labels[a]
            elif a.lstrip("-").isdigit():
                arg = int(a)
            else:
                arg = a
        code.append((op, arg))
    return code


def run(code, trace_limit=0):
    stack = []
    env = {}
    out = []
    pc = 0
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if steps <= trace_limit:
            print(f"    {pc - 1:3d} {op:<6} {str(arg):<6} {stack}")
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "add":
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == "sub":
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == "mul":
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == "mod":
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == "lt":
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == "eq":
            b = stack.pop()
            stack.append(1 if stack.pop() == b else 0)
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "print":
            out.append(str(stack.pop()))
        elif op == "halt":
            break
        else:
            out.append("bad op " + op)
            break
    return out, steps


FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    push 1
    lt          ; n < 1 ?
    push 0
    eq
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

PRIMES = """
    push 2
    store i
outer:
    load i
    push 60
    lt
    jz end
    push 2
    store j
inner:
    load j
    load j
    mul
    load i
    push 1
    add
    lt
    jz isprime
    load i
    load j
    mod
    jz next
    load j
    push 1
    add
    store j
    jmp inner
isprime:
    load i
    print
next:
    load i
    push 1
    add
    store i
    jmp outer
end:
"""

code = assemble(FACT)
print("factorial program:", len(code), "instructions")
out, steps = run(code, 12)
print("output:", out, "steps:", steps)
code = assemble(PRIMES)
out, steps = run(code)
print("primes:", " ".join(out), "steps:", steps)
out, steps = run(assemble("push 6\npush 7\nmul\ndup\nprint\npush 5\nmod\nprint\nfrob\n"))
print(out, steps)
