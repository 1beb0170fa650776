# Floor division and modulo by literal divisors that are not powers of two, which
# compiled code turns into a multiplication by a reciprocal after biasing the
# dividend to be non-negative: small divisors, divisors around 2**15 (where the
# reciprocal needs a shift) and up to 2**47 - 1, on dividends at the 48-bit edges,
# around multiples of the divisor, and spread over the whole range.
M = 2 ** 47


def by_literals(v):
    return (
        v // 3, v % 3, v // 7, v % 7, v // 10, v % 10, v // 12, v % 12,
        v // 1000, v % 1000, v // 32767, v % 32767, v // 32769, v % 32769,
        v // 98304, v % 98304, v // 1000000007, v % 1000000007,
        v // 140737488355327, v % 140737488355327, v // 99999999999, v % 99999999999,
    )


def sweep(vals):
    rows = []
    total = 0
    for v in vals:
        row = by_literals(v)
        rows.append(row)
        for x in row:
            total = (total * 31 + x) % 1000000007
    return total, rows


vals = [0, 1, -1, 2, -2, 6, -6, 7, -7, 8, -8, 999, -1000, 1001, 32766, 32767, 32768,
        -32767, -32769, 98303, 98304, -98305, M - 1, -M, -M + 1, M - 2, M // 3, -(M // 3),
        1000000006, 1000000007, -1000000007, 140737488355326, -140737488355327]
seed = 12345
for _ in range(200):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    vals.append(seed % (2 * M) - M)
for _ in range(20):
    total, rows = sweep(vals)
print(total)
for row in rows[:33]:
    print(row)
# Big ints and bools go the generic way, in the same loop.
print(sweep([M, -M - 1, 2 ** 64 + 5, -(2 ** 70), True, False])[1])
