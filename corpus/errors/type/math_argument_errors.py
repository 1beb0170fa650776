# The math functions' argument errors, in CPython's words (which differ by how each
# function parses its arguments).
import math
for name in ["sqrt", "sin", "cos", "tan", "atan", "atan2", "exp", "log", "log2", "log10", "floor", "ceil", "fabs", "pow", "isclose", "gcd", "hypot"]:
    f = getattr(math, name)
    for call in (lambda: f(), lambda: f(1.0, 2.0, 3.0), lambda: f(x=1.0), lambda: f(1.0, x=2.0), lambda: f("a"), lambda: f(1.0, "b")):
        try:
            r = call()
            print(name, "ok", r)
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
print(math.isclose(a=1.0, b=1.0), math.isclose(1.0, b=1.0), math.isclose(1.0, 1.1, rel_tol=0.2))
