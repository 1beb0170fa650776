# AttributeError: dict.get returns None for a missing key, then .upper() on it.
settings = {"name": "krait", "mode": "fast"}
for key in ["name", "mode"]:
    print(key, settings.get(key).upper())
print(settings.get("level", "default"))
print(settings.get("level").upper())
