# int <-> str conversions (str(), int(), hex/bin/oct, int(s, base)) on small, boundary and big ints in loops.
def roundtrip(n):
    bad = 0
    total_len = 0
    for i in range(-n, n, 7):
        s = str(i)
        total_len += len(s)
        if int(s) != i:
            bad += 1
        if int(hex(i), 16) != i or int(bin(i), 2) != i or int(oct(i), 8) != i:
            bad += 1
    return bad, total_len


print(roundtrip(1500))
for v in [0, -1, 140737488355327, 140737488355328, -140737488355329, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 40 + 1]:
    s = str(v)
    print(s, len(s), int(s) == v, hex(v), int(s[::-1].rstrip("-") or "0") % 1000)
print(int("zz", 36), int("-101", 2), int("0o17", 8), int("0x1F", 16), int("1_000"), int(" 7\n"))
digits = ""
for i in range(1, 60):
    digits += str(i)
print(digits, int(digits) % 999983, len(str(2 ** 1000)))
sums = 0
for i in range(2000):
    sums += sum(int(c) for c in str(i * 12345))
print(sums)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
