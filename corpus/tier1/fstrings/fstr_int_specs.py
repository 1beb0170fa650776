# Tests f-string integer specs: d, 05d, x, X, o, b, c, with # and sign
for v in [0, 7, 255, -255, 4096, 2 ** 40]:
    print(f"{v:d}|{v:05d}|{v:x}|{v:X}|{v:o}|{v:b}|{v:#x}|{v:#o}|{v:#b}")
print(f"{65:c}{66:c}{97:c}")
print(f"{5:+d} {-5:+d} {5: d} {-5: d} {5:-d}")
print(f"{42:08b} {255:#06x} {255:#X} {-255:#010x}")
print(f"{123:10d}|{123:<10d}|{123:^10d}|")
print(f"{7:3}|{7:03}|{-7:03}|{12345:03}")
print(f"{2 ** 70:x} {-(2 ** 70):d}")
print(f"{True:d} {False:05d}")
for v in [1, 10, 100, 1000]:
    print(f"{v:>6d}|{v:<6x}|{v:^8o}|{v:#010b}|{v:+}")
print(f"{-1:x} {-16:#x} {-8:o} {-3:b} {-255:X}")
print(f"{0:#x} {0:#b} {0:#o} {0:+d} {0: d}")
print(f"{2 ** 64:,} {2 ** 64:#x}")
print(f"{97:c}{98:c}{99:c} {9731:c}")
