# AttributeError: dict_keys views have no sort().
ages = {"zed": 40, "amy": 31, "kai": 25}
print(sorted(ages.keys()))
print(list(ages.values()))
keys = ages.keys()
print(len(keys), "amy" in keys)
keys.sort()
