# Quantities typed with full-width and Arabic-Indic digits, then a stray letter.
entries = ["12", "\uff13\uff14", "\u0667", "5x"]
total = 0
for e in entries:
    n = int(e)
    total += n
    print(len(e), "chars ->", n, "total", total)
