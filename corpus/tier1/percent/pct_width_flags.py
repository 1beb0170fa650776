# Tests % formatting width, precision and flags (- + space 0 #)
for v in [0, 5, -5, 123, -123456]:
    print("[%6d] [%-6d] [%06d] [%+d] [% d] [%+06d]" % (v, v, v, v, v, v))
for v in [3.14159, -2.5, 0.0, 1234.5678]:
    print("[%8.2f] [%-8.2f] [%08.2f] [%+.1f] [%.0f] [%10.4f]" % (v, v, v, v, v, v))
print("[%5s] [%-5s] [%.2s] [%5.1s]" % ("ab", "ab", "abc", "xyz"))
print("[%#x] [%#o] [%#X] [%08x] [%-8X]" % (255, 8, 255, 48879, 48879))
print("[%.3d] [%5.3d]" % (7, 7))
print("[%x] [%X] [%o]" % (-255, -255, -8))
for w in [1, 3, 6]:
    fmt = "[%" + str(w) + "d] [%-" + str(w) + "s] [%0" + str(w) + ".1f]"
    print(fmt % (42, "ab", 2.5))
print("[%+.2f] [% .2f] [%+d] [% d]" % (0.0, 0.0, 0, 0))
print("[%#8x] [%#-8o] [%-#8X]" % (255, 8, 3054))
print("[%3s] [%-3s] [%.1s]" % ("long", "long", "long"))
print("[%5.2s] [%c] [%5c] [%-3c]" % ("abc", "A", "B", "C"))
