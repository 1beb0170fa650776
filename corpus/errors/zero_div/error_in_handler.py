# While handling a KeyError, the fallback computation divides by zero.
stock = {"apples": 40, "pears": 12}
sold = {"apples": 8, "pears": 0}

def turnover(item):
    try:
        return stock[item] / sold[item]
    except KeyError:
        print("no data for", item, "- using average")
        return sum(stock.values()) / sold["pears"]

print(turnover("apples"))
print(turnover("plums"))
