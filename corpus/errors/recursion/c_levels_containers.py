# RecursionError in the repr of deeply nested lists, tuples and dicts, reached
# through repr(), str(), f-strings with and without !r, and %-formatting, at
# limits around where it overflows: which C level (the call's, `str`'s, each
# nested item's `repr`) overflows first.
import sys
def nest(k):
    x = []
    for _ in range(k):
        x = [x]
    return x
deep = nest(100)
dd = {}
for _ in range(100):
    dd = {1: dd}
def show(name, f):
    for lim in range(60, 64):
        sys.setrecursionlimit(lim)
        try:
            f()
            r = 'ok'
        except RecursionError as e:
            r = str(e)
        sys.setrecursionlimit(1000)
        print(name, lim, r.replace('maximum recursion depth exceeded', ''))
def via_f(): return f"{deep}"
def via_fr(): return f"{deep!r}"
def via_pct(): return "%s" % (deep,)
def via_fmt(): return format(deep)
for i in range(3):
    show('repr', lambda: repr(deep))
    show('str', lambda: str(deep))
    show('str_again', lambda: str(deep))
    show('fstr', via_f)
    show('fstr_r', via_fr)
    show('pct', via_pct)
    show('tuple_repr', lambda: repr((deep,)))
    show('dict', lambda: repr(dd))
