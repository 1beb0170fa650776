# int() reads any Unicode decimal digit; decimal conversions of ints past 4300
# digits raise ValueError (CPython's default limit), hex() and other power-of-two
# bases do not.
print(int("\uff13\uff14"), int("-\u0661\u0662"), int("\u0967\u0968", 16), int(" \u0669 "))
print(float("3.5"))
x = 10 ** 4299
print(len(str(x)))
try:
    print(len(str(x * 10)))
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 97)
print(int("1" * 5000, 16) % 97)
try:
    print(f"{10 ** 5000}")
except ValueError as e:
    print("ValueError:", e)
y = -(10 ** 4299)
print(len(repr(y)))
print([int("\U0001D7D8\U0001D7D9")])
try:
    int("\u0660x")
except ValueError as e:
    print("ValueError:", e)
print(float("\uff13.\uff15"), float(" \u0661\u0662e1 "), float("-\u0966.\u0967"))
try:
    float("\uff13x")
except ValueError as e:
    print("ValueError:", e)
