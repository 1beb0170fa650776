# A bracket-balancing checker whose final invariant (empty stack) fails.
def unmatched(text):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs and stack and stack[-1] == pairs[ch]:
            stack.pop()
    return stack

for s in ["(a[b]{c})", "f(x)[0]", "{[(]"]:
    left = unmatched(s)
    print(repr(s), "->", left)
    assert not left, "unbalanced: " + "".join(left)
