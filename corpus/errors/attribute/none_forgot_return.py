# AttributeError: a helper forgot to return its list, so the caller gets None.
def evens_up_to(n):
    result = []
    for i in range(0, n + 1, 2):
        result.append(i)
    print("built", len(result), "evens")

def odds_up_to(n):
    return [i for i in range(1, n + 1, 2)]

odds = odds_up_to(9)
odds.append(11)
print(odds)
evens = evens_up_to(10)
print(evens)
evens.append(12)
