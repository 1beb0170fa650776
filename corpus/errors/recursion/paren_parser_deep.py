# RecursionError: recursive-descent parser on input nested thousands deep.
def parse(s, i):
    items = []
    while i < len(s):
        c = s[i]
        if c == "(":
            sub, i = parse(s, i + 1)
            items.append(sub)
        elif c == ")":
            return items, i + 1
        else:
            items.append(c)
            i += 1
    return items, i

print(parse("a(b(c)d)e", 0)[0])
print(parse("(()())", 0)[0])
deep = "(" * 3000 + "x" + ")" * 3000
print(len(deep))
print(parse(deep, 0)[0])
