# The finally block releases a lock before the KeyError propagates.
locks = []
def update(store, key, delta):
    locks.append(key)
    try:
        store[key] += delta
        return store[key]
    finally:
        locks.remove(key)
        print("released", key, "locks held:", len(locks))

balances = {"acct1": 100, "acct2": 50}
print(update(balances, "acct1", -30))
print(update(balances, "acct3", 10))
