# Tests f-string thousands separators ',' and '_' for ints and floats
for v in [0, 12, 1234, -1234567, 10 ** 12, 2 ** 64]:
    print(f"{v:,} {v:_} {v:>20,} {v:_x} {v:_b}" if v >= 0 else f"{v:,} {v:_} {v:>20,}")
print(f"{1234567.891:,} {1234567.891:,.2f} {1234.5:_.3f}")
print(f"{123456789:015,d} {-123456789:015,}")
print(f"{0.5:,} {999:,} {1000:,}")
print(f"{2 ** 32:_x} {2 ** 32:_o}")
print(f"{1e20:,.0f} {1e6:,.1f}")
for v in [999, 1000, 999999, 1000000, -1000]:
    print(f"[{v:,}] [{v:_}] [{v:>12,}] [{v:<12_}] [{v:012,}]")
print(f"{1234567.0:,.1f} {-9876543.21:,.2f} {0.000:,.3f}")
print(f"{12345.6789:,.0f} {12345.6789:_.2f} {10 ** 9:,d}")
print(f"{255:_b} {65535:_x} {65535:_X}")
total = 0
for amount in [1999, 250000, 7]:
    total += amount
    print(f"{amount:>10,} running {total:>12,}")
