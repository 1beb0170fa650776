# A first missing key is handled; a later lookup is unguarded.
menu = {"soup": 4.5, "salad": 6.0, "pie": 3.25}
order = ["soup", "steak", "pie"]
total = 0.0
for dish in order:
    try:
        total += menu[dish]
        print(f"{dish:<6} {menu[dish]:5.2f}")
    except KeyError:
        print(f"{dish:<6} unavailable")
print(f"total  {total:5.2f}")
print("dessert:", menu["cake"])
