# print writes each argument as it is converted: a failing __str__ leaves the
# earlier arguments printed, and a __str__ that prints lands in order.
class S:
    def __str__(self):
        raise RuntimeError("boom")
try:
    print("a", S(), "b")
except RuntimeError:
    print("|caught")
class T:
    def __str__(self):
        print("inside", end="")
        return "T"
print("x", T(), "y", sep="-")
print(*range(3), sep=", ", end=".\n")
