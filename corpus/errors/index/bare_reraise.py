# Log the bad index in an except block, then re-raise it with bare raise.
def get_line(lines, n):
    try:
        return lines[n - 1]
    except IndexError:
        print(f"line {n} requested, only {len(lines)} lines")
        raise

text = "first\nsecond\nthird".split("\n")
for n in (1, 3, 2, 4):
    print(n, get_line(text, n))
