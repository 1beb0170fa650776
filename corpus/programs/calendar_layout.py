# Calendar layout computed from scratch (Zeller-style day of week, leap years).

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_days(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    if m in (4, 6, 9, 11):
        return 30
    return 31


def weekday(y, m, d):
    # 0 = Monday
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_lines(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, month_days(y, m) + 1)]
    while len(cells) % 7:
        cells.append("  ")
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    while len(lines) < 8:
        lines.append(" " * 20)
    return lines


def print_quarter(y, first_month):
    blocks = [month_lines(y, m) for m in range(first_month, first_month + 3)]
    for row in range(8):
        print("   ".join(b[row].ljust(20) for b in blocks).rstrip())


for m in (1, 4, 7, 10):
    print_quarter(2024, m)
    print()

for y, m, d in ((2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2100, 12, 31)):
    print(f"{y:04d}-{m:02d}-{d:02d} is a {DAYS[weekday(y, m, d)]}")


def day_number(y, m, d):
    n = d
    for mm in range(1, m):
        n += month_days(y, mm)
    for yy in range(1970, y):
        n += 366 if is_leap(yy) else 365
    return n


print("days between 1970-01-01 and 2024-03-15:", day_number(2024, 3, 15) - day_number(1970, 1, 1))
fri13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13ths:", len(fri13), fri13[:6])
print("leap years 1890-1920:", [y for y in range(1890, 1921) if is_leap(y)])
