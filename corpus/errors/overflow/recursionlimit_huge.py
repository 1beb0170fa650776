# OverflowError: sys.setrecursionlimit with an int too large for a C int.
import sys
sys.setrecursionlimit(2000)
print("limit set")
wanted = 10 ** 20
print(wanted)
sys.setrecursionlimit(wanted)
