# list.index for a missing element.
ranking = ["gold", "silver", "bronze"]
print(ranking.index("silver"))
print(ranking.index("tin"))
