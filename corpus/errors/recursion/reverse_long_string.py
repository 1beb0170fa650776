# RecursionError: recursive string reversal on a long string.
def rev(s):
    if s == "":
        return s
    return rev(s[1:]) + s[0]

print(rev("krait"))
print(rev("stressed"))
print(len(rev("ab" * 200)))
print(rev("x" * 5000)[:3])
