# Spell out integers in English words, and ordinal forms.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion"]


def below_thousand(n):
    parts = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        t = TENS[n // 10]
        if n % 10:
            t += "-" + ONES[n % 10]
        parts.append(t)
    elif n > 0:
        parts.append(ONES[n])
    return " ".join(parts)


def words(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + words(-n)
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    parts = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g:
            chunk = below_thousand(g)
            if SCALES[i]:
                chunk += " " + SCALES[i]
            parts.append(chunk)
    if len(groups) > 1 and 0 < groups[0] < 100:
        parts[-1] = "and " + parts[-1]
    return " ".join(parts)


def ordinal(n):
    w = words(n)
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
    idx = max(w.rfind(" "), w.rfind("-"))
    head = w[:idx + 1]
    last = w[idx + 1:]
    if last in irregular:
        last = irregular[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + last


def suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


for n in (0, 7, 13, 21, 40, 99, 100, 101, 115, 342, 999, 1000, 1001, 1010, 2024,
          12345, 100000, 1000000, 1234567, 1000000001, -58, 2 ** 40, 10 ** 15 + 7):
    print(f"{n}: {words(n)}")
for n in (1, 2, 3, 4, 5, 8, 9, 11, 12, 20, 21, 22, 23, 40, 100, 101, 112, 1000):
    print(f"{suffix(n):>6} {ordinal(n)}")
letters = sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001))
print("letters used writing 1..1000:", letters)
longest = 1
for n in range(1, 1000):
    if len(words(n)) > len(words(longest)):
        longest = n
print("longest below 1000:", longest, words(longest))
