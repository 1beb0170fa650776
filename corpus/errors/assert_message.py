# A failing assert with a message.
balance = 100
for withdrawal in (30, 50, 40):
    assert withdrawal <= balance, "insufficient funds"
    balance -= withdrawal
    print("balance", balance)
