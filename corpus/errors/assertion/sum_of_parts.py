# Asserts that splitting an amount into shares preserves the total (integer rounding bug).
def split_bill(total_cents, people):
    share = total_cents // people
    return [share] * people

for total, n in [(900, 3), (1000, 4), (1000, 3)]:
    shares = split_bill(total, n)
    print(total, n, shares)
    assert sum(shares) == total, f"lost {total - sum(shares)} cents splitting {total} among {n}"
