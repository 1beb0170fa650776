# A width with a leading zero zero-fills even after an explicit alignment; a bool
# formats as an int but its errors name bool; a huge precision is allowed.
print(f"{5:<05}|{5:^05}|{5:>05}|{-5:<06}|{5:<0}|{12:^07d}|{True:<06}|{5:05}|{5:0>5}")
print(f"{2**70:<030}|{5:<05d}|{5:<05x}|{-3:=05}|{7:<+05}|{1.5:<06}")
for s in ["s", "q", "x", ".2f", ">5"]:
    try:
        print(format(True, s))
    except ValueError as e:
        print(e)
print(len(f"{1.5:.65536f}"), len(f"{1.5:.70000e}"), len(f"{0.1:.66000g}"), len("%.65536g" % 0.1))
print(f"{1e-300:.1100f}"[-30:], f"{5e-324:.1080f}"[-12:], f"{0.1:.900g}"[-5:], f"{1/3:.800e}"[-10:])
print(f"{123.456:.2000f}"[:20], f"{2**60 + 0.0:.1200f}"[:25], f"{-0.0:.66000f}"[:4])
