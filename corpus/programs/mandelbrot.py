# ASCII Mandelbrot and Julia sets.

CHARS = " .:-=+*#%@"


def mandel_iter(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def julia_iter(zr, zi, cr, ci, limit):
    for i in range(limit):
        if zr * zr + zi * zi > 4.0:
            return i
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
    return limit


def render(width, height, x0, x1, y0, y1, limit):
    inside = 0
    for row in range(height):
        y = y0 + (y1 - y0) * row / (height - 1)
        line = []
        for col in range(width):
            x = x0 + (x1 - x0) * col / (width - 1)
            n = mandel_iter(x, y, limit)
            if n == limit:
                inside += 1
                line.append("@")
            else:
                line.append(CHARS[n % (len(CHARS) - 1)])
        print("".join(line).rstrip())
    return inside


count = render(72, 24, -2.2, 0.8, -1.2, 1.2, 60)
print("points inside:", count)

print()
total = 0
for row in range(16):
    y = -1.0 + 2.0 * row / 15
    line = ""
    for col in range(48):
        x = -1.6 + 3.2 * col / 47
        n = julia_iter(x, y, -0.8, 0.156, 40)
        total += n
        line += CHARS[min(n // 4, len(CHARS) - 1)]
    print(line.rstrip())
print("julia iteration total:", total)
