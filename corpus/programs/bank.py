# Bank account simulation using dicts: deposits, withdrawals, transfers, interest.

accounts = {}
log = []


def open_account(name, owner, balance=0):
    accounts[name] = {"owner": owner, "balance": balance, "history": [], "frozen": False}
    log.append(("open", name, balance))


def deposit(name, amount):
    acct = accounts[name]
    if amount <= 0 or acct["frozen"]:
        log.append(("rejected-deposit", name, amount))
        return False
    acct["balance"] += amount
    acct["history"].append(("dep", amount))
    return True


def withdraw(name, amount):
    acct = accounts[name]
    if acct["frozen"] or amount > acct["balance"]:
        log.append(("rejected-withdraw", name, amount))
        return False
    acct["balance"] -= amount
    acct["history"].append(("wd", amount))
    return True


def transfer(src, dst, amount):
    if withdraw(src, amount):
        deposit(dst, amount)
        log.append(("transfer", src + "->" + dst, amount))
        return True
    return False


def apply_interest(rate_bp):
    # rate in basis points, integer cents arithmetic with floor rounding
    for name in accounts:
        acct = accounts[name]
        interest = acct["balance"] * rate_bp // 10000
        if interest > 0:
            acct["balance"] += interest
            acct["history"].append(("int", interest))


def cents(v):
    sign = "-" if v < 0 else ""
    v = abs(v)
    return f"{sign}${v // 100:,}.{v % 100:02d}"


open_account("chk-001", "alice", 150000)
open_account("sav-001", "alice", 1000000)
open_account("chk-002", "bob", 2500)
open_account("chk-003", "carol")
deposit("chk-003", 99999)
deposit("chk-002", -5)
withdraw("chk-002", 5000)
transfer("sav-001", "chk-002", 123456)
transfer("chk-003", "chk-001", 100000)
accounts["chk-003"]["frozen"] = True
deposit("chk-003", 100)
for month in range(1, 7):
    apply_interest(35)
    withdraw("chk-001", 20000)
    deposit("chk-002", 7500 + month * 100)

print(f"{'account':<10}{'owner':<8}{'balance':>16}{'txns':>6}")
for name in sorted(accounts):
    a = accounts[name]
    print(f"{name:<10}{a['owner']:<8}{cents(a['balance']):>16}{len(a['history']):>6}")

by_owner = {}
for name, a in accounts.items():
    by_owner[a["owner"]] = by_owner.get(a["owner"], 0) + a["balance"]
for owner in sorted(by_owner):
    print(f"{owner}: {cents(by_owner[owner])}")
print("total:", cents(sum(a["balance"] for a in accounts.values())))
print("log entries:", len(log))
for entry in log:
    if entry[0].startswith("rejected"):
        print("  ", entry)
interest_total = sum(amt for a in accounts.values() for kind, amt in a["history"] if kind == "int")
print("interest paid:", cents(interest_total))
