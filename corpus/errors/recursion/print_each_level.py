# RecursionError: a countdown that prints at each level and never stops; the
# print at the deepest level overflows first (its write is two C levels deep).
def countdown(n):
    print(n)
    countdown(n - 1)


countdown(5)
