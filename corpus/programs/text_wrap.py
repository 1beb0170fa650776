# Greedy text wrapping, full justification and minimum-raggedness wrapping (DP).

TEXT = ("Python is an interpreted high-level general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of significant "
        "indentation. Its language constructs as well as its object-oriented approach aim "
        "to help programmers write clear, logical code for small and large-scale projects.")


def greedy(words, width):
    lines = []
    cur = []
    length = 0
    for w in words:
        if cur and length + 1 + len(w) > width:
            lines.append(cur)
            cur = [w]
            length = len(w)
        else:
            length += len(w) + (1 if cur else 0)
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(line_words, width, last):
    if last or len(line_words) == 1:
        return " ".join(line_words).ljust(width)
    total = sum(len(w) for w in line_words)
    gaps = len(line_words) - 1
    spaces = width - total
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line_words[-1]


def min_raggedness(words, width):
    n = len(words)
    INF = 10 ** 18
    cost = [INF] * (n + 1)
    brk = [0] * (n + 1)
    cost[n] = 0
    for i in range(n - 1, -1, -1):
        length = -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            if j == n - 1:
                c = 0
            else:
                c = (width - length) ** 2
            if c + cost[j + 1] < cost[i]:
                cost[i] = c + cost[j + 1]
                brk[i] = j + 1
    lines = []
    i = 0
    while i < n:
        lines.append(words[i:brk[i]])
        i = brk[i]
    return lines, cost[0]


words = TEXT.split()
for width in (30, 45):
    print(f"--- greedy, width {width} ---")
    lines = greedy(words, width)
    for line in lines:
        print("|" + " ".join(line).ljust(width) + "|")
    print(f"--- justified, width {width} ---")
    for i, line in enumerate(lines):
        print("|" + justify(line, width, i == len(lines) - 1) + "|")
    dp_lines, c = min_raggedness(words, width)
    print(f"--- minimum raggedness, width {width}, cost {c} ---")
    for line in dp_lines:
        print("|" + " ".join(line).ljust(width) + "|")
    g_cost = sum((width - len(" ".join(l))) ** 2 for l in lines[:-1])
    print("greedy cost:", g_cost)

print("--- centered ---")
for line in greedy(words[:12], 24):
    print("[" + " ".join(line).center(26) + "]")
print("--- right aligned ---")
for line in greedy(words[:12], 24):
    print("[" + " ".join(line).rjust(26, ".") + "]")
