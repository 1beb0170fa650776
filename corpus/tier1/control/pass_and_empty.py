# Tests pass in various statement bodies and empty-iteration behaviour
def noop():
    pass
print(noop())
for i in range(3):
    pass
print("after for", i)
if True:
    pass
else:
    pass
while False:
    pass
x = 0
while x < 3:
    x += 1
    if x == 2:
        pass
    else:
        print("x", x)
def only_doc():
    "docstring only"
print(only_doc())
def early(n):
    if n:
        return
    print("not early")
print(early(1), early(0))
