# Double-entry ledger: debits must equal credits after posting a batch.
entries = [("cash", 100, 0), ("sales", 0, 100), ("rent", 40, 0), ("cash", 0, 40), ("fees", 5, 0)]
debits = 0
credits = 0
for account, dr, cr in entries:
    debits += dr
    credits += cr
    print(f"{account:<6}{dr:>5}{cr:>5}")
print(f"{'total':<6}{debits:>5}{credits:>5}")
assert debits == credits, f"ledger out of balance by {debits - credits}"
