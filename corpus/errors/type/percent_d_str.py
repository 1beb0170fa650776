# %d formatting applied to a string value in an inventory table.
inventory = [("bolts", 120), ("nuts", 80), ("washers", "n/a")]
print("%-8s %5s" % ("item", "count"))
for item, count in inventory:
    print("%-8s %5d" % (item, count))
