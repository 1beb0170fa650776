# ImportError: a name the module does not have, imported by name.
from sys import maxsize
from math import sqrt, pi

print(maxsize > 2**31, sqrt(16.0), round(pi, 3))
try:
    from math import nosuch
except ImportError as e:
    print(type(e).__name__)
from sys import argv, setrecursionlimit, exit_code
