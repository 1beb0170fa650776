# Tests float formatting via str(), repr() and f-string specs in string building
vals = [0.5, 1.25, 100.0, 1e20, 1e-7, -3.75, 2.0 ** 0.5, 1 / 7]
for v in vals:
    print("v=" + str(v) + " r=" + repr(v) + f" f={v:.3f} e={v:.2e} g={v:g}")
x = 1234567.891
print(f"{x:,}", f"{x:,.2f}")
print(f"{0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f}")
print(f"{1e16}", f"{1e16:f}", f"{1.5:10.3f}|")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):.2f}")
print(f"{12.0:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
print(f"{0.5:%} {0.12345:.1%}")
for v in [0.1, 2.5, -1.75, 1e10, 3.0]:
    print(f"[{v:8.2f}] [{v:<8.1f}] [{v:^10.3g}] [{v:+.1e}]")
print(str(0.1) + str(0.2), repr(1.0) + repr(-1.0))
print(f"{1 / 3:.5f} {2 / 3:.5f} {100 / 7:.3f}")
print(f"{1e-3:f} {1e-3:e} {1e-3:g} {1e-3}")
