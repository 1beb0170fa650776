# Vending machine state machine: coins, selection, change-making with limited coin stock.

PRODUCTS = {"A1": ("Cola", 125, 3), "A2": ("Water", 90, 1), "B1": ("Chips", 150, 5), "B2": ("Candy", 65, 0), "C1": ("Gum", 35, 10)}
stock = {code: p[2] for code, p in PRODUCTS.items()}
coins = {200: 2, 100: 3, 50: 2, 20: 5, 10: 5, 5: 4}
state = {"mode": "idle", "credit": 0, "sales": 0}


def make_change(amount):
    used = {}
    for c in sorted(coins, reverse=True):
        while amount >= c and coins[c] - used.get(c, 0) > 0:
            used[c] = used.get(c, 0) + 1
            amount -= c
    if amount != 0:
        return None
    return used


def event(ev, arg=None):
    if ev == "coin":
        if arg not in coins:
            return f"rejected coin {arg}"
        coins[arg] += 1
        state["credit"] += arg
        state["mode"] = "paying"
        return f"credit {state['credit']}"
    if ev == "select":
        if arg not in PRODUCTS:
            return "unknown product"
        name, price, _ = PRODUCTS[arg]
        if stock[arg] == 0:
            return f"{name} sold out"
        if state["credit"] < price:
            return f"{name} costs {price}, insert {price - state['credit']} more"
        change = make_change(state["credit"] - price)
        if change is None:
            return "cannot make change, use exact amount"
        for c, n in change.items():
            coins[c] -= n
        stock[arg] -= 1
        state["sales"] += price
        state["credit"] = 0
        state["mode"] = "idle"
        parts = [f"{n}x{c}" for c, n in sorted(change.items(), reverse=True)]
        return f"vend {name}, change: {' '.join(parts) if parts else 'none'}"
    if ev == "cancel":
        refund = make_change(state["credit"])
        if refund is None:
            return "cannot refund!"
        for c, n in refund.items():
            coins[c] -= n
        amount = state["credit"]
        state["credit"] = 0
        state["mode"] = "idle"
        return f"refund {amount}"
    return "bad event"


script = [("select", "A1"), ("coin", 100), ("select", "A1"), ("coin", 50), ("select", "A1"),
          ("coin", 3), ("coin", 200), ("select", "B2"), ("select", "C1"), ("coin", 100),
          ("select", "A2"), ("coin", 100), ("select", "A2"), ("coin", 20), ("coin", 20), ("cancel", None),
          ("coin", 200), ("select", "B1"), ("coin", 200), ("select", "B1"), ("coin", 200), ("select", "B1"),
          ("select", "Z9"), ("dance", None)]
for ev, arg in script:
    print(f"{ev:>7} {str(arg):>5} -> {event(ev, arg)}  [{state['mode']}]")
print("sales:", state["sales"], "credit:", state["credit"])
print("stock:", stock)
print("coins:", dict(sorted(coins.items())), "cash:", sum(c * n for c, n in coins.items()))
