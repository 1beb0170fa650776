# Nested dict lookup: a warehouse that does not stock the item.
stock = {
    "north": {"bolts": 120, "nuts": 300},
    "south": {"bolts": 40, "washers": 75},
}
for site in ["north", "south"]:
    print(site, "bolts:", stock[site]["bolts"])
print("north nuts:", stock["north"]["nuts"])
print("south nuts:", stock["south"]["nuts"])
