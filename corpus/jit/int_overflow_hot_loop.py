# A small-int product overflows the 48-bit immediate range in the middle of a hot
# loop: compiled code must deopt and the interpreter must make the big int.
def grow(n):
    x = 1
    total = 0
    for i in range(n):
        x = x * 3
        total = total + x
        y = x << 2
        z = y - x * 4
    return x, total, z


x, total, z = grow(60)
print(x)
print(total % 1000000007)
print(z)


def countdown_mix(n):
    acc = 140737488355000
    for i in range(n):
        acc += 100
        acc -= 1
    return acc


print(countdown_mix(20))
big = 2 ** 46
s = 0
for i in range(8):
    s = s + big
print(s, -s, s // 3, s % 7)
