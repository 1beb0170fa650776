# Longest common subsequence and Levenshtein distance with alignments.

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = dp[i + 1][j + 1] + 1
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    out = []
    i = j = 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a, b):
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    # backtrack to an alignment
    top, mid, bot = [], [], []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (0 if a[i - 1] == b[j - 1] else 1):
            top.append(a[i - 1])
            bot.append(b[j - 1])
            mid.append("|" if a[i - 1] == b[j - 1] else "*")
            i -= 1
            j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            top.append(a[i - 1])
            bot.append("-")
            mid.append(" ")
            i -= 1
        else:
            top.append("-")
            bot.append(b[j - 1])
            mid.append(" ")
            j -= 1
    return d[m][n], "".join(reversed(top)), "".join(reversed(mid)), "".join(reversed(bot))


pairs = [
    ("kitten", "sitting"),
    ("flaw", "lawn"),
    ("intention", "execution"),
    ("ACCGGTCGAGTGCGCGGAAGCCGGCCGAA", "GTCGTTCGGAATGCCGTTGCTCTGTAAA"),
    ("", "abc"),
    ("python", "python"),
]
for a, b in pairs:
    dist, t, m, bt = edit_distance(a, b)
    common = lcs(a, b)
    print(f"{a!r} -> {b!r}: distance {dist}, lcs {common!r} (len {len(common)})")
    print("   " + t)
    print("   " + m)
    print("   " + bt)

words = ["apple", "apply", "ample", "maple", "angle", "apples", "pale"]
target = "appel"


def dist_key(w):
    return (edit_distance(w, target)[0], w)


for w in sorted(words, key=dist_key):
    print(w, edit_distance(w, target)[0])
