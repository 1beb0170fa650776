# Inside a KeyError handler, the fallback indexes an empty list.
prices = {"tea": 3, "coffee": 4}
history = {"tea": [3, 2, 3]}

def last_price(item):
    try:
        return prices[item]
    except KeyError:
        print("no price for", item, "- checking history")
        return history.get(item, [])[-1]

print(last_price("coffee"))
print(last_price("tea"))
print(last_price("cocoa"))
