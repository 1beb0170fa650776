# Thirty-odd loop-carried ints and floats live at once (register pressure/spills), with a late guard failure.
def many(n, poison_at):
    a0 = 0; a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9
    b0 = 10; b1 = 11; b2 = 12; b3 = 13; b4 = 14; b5 = 15; b6 = 16; b7 = 17; b8 = 18; b9 = 19
    f0 = 0.5; f1 = 1.5; f2 = 2.5; f3 = 3.5; f4 = 4.5; f5 = 5.5; f6 = 6.5; f7 = 7.5; f8 = 8.5; f9 = 9.5
    for i in range(n):
        a0 += 1; a1 += a0; a2 += a1 % 7; a3 ^= a2; a4 = (a4 * 3) % 1009; a5 -= 1; a6 += a5 & 15; a7 = a7 + a6 % 3
        a8 = a8 | (i & 31); a9 = (a9 + a8) % 65521
        b0 = b0 + b9 % 5; b1 = b1 + a0; b2 = b2 - a1 % 11; b3 = b3 * 2 % 4099; b4 = b4 + b3; b5 += 2; b6 += b5 % 9
        b7 = b7 ^ i; b8 = (b8 + b7) % 30011; b9 = b9 + 1
        f0 += 0.25; f1 = f1 * 1.0001; f2 = f2 + f0 * 0.01; f3 = f3 - 0.125; f4 = f4 * 0.9999 + 0.001; f5 += a0 * 0.5
        f6 = f6 + f5 * 1e-6; f7 = -f7 if i % 2 else f7; f8 = f8 + 0.75; f9 = f9 * 1.00001
        if i == poison_at:
            a7 = a7 + 0.5
            b4 = b4 + 2 ** 64
    ints = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9]
    floats = [round(v, 6) for v in (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9)]
    return ints, floats


for r in many(2000, -1):
    print(r)
for r in many(2000, 1990):
    print(r)
for r in many(3, 1):
    print(r)
