# Coin change: number of ways, minimum coins with reconstruction, and greedy failures.

def ways(coins, amount):
    table = [0] * (amount + 1)
    table[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            table[a] += table[a - c]
    return table[amount]


def min_coins(coins, amount):
    INF = amount + 1
    best = [0] + [INF] * amount
    last = [0] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                last[a] = c
    if best[amount] >= INF:
        return None
    used = []
    a = amount
    while a > 0:
        used.append(last[a])
        a -= last[a]
    return sorted(used, reverse=True)


def greedy(coins, amount):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            used.append(c)
            amount -= c
    return used if amount == 0 else None


us = [1, 5, 10, 25, 50, 100]
print("ways to make $1 in US coins:", ways(us, 100))
print("ways to make $10:", ways(us, 1000))
uk = [1, 2, 5, 10, 20, 50, 100, 200]
print("ways to make 2 pounds:", ways(uk, 200))

odd = [1, 3, 4]
for amt in (6, 10, 13):
    print(f"{amt} with {odd}: optimal {min_coins(odd, amt)}, greedy {greedy(odd, amt)}")
weird = [7, 11]
for amt in (14, 18, 20, 59, 60):
    print(f"{amt} with {weird}: {min_coins(weird, amt)}")
largest_unreachable = max(a for a in range(100) if min_coins(weird, a) is None)
print("largest amount not payable with 7 and 11:", largest_unreachable, "(formula:", 7 * 11 - 7 - 11, ")")
counts = [len(min_coins(us, a)) for a in range(1, 100)]
print("average coins for 1..99 cents: %.3f" % (sum(counts) / len(counts)))
print("worst amount:", counts.index(max(counts)) + 1, "needs", max(counts))
mismatch = [a for a in range(1, 60) if len(greedy([1, 10, 25], a)) != len(min_coins([1, 10, 25], a))]
print("greedy suboptimal for [1,10,25] at:", mismatch)
