# SyntaxError: a global declaration after the function assigned the name.
count = 0

def bump():
    count = 1
    global count
    count += 1

bump()
print(count)
