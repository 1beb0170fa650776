# A config line with two '=' signs unpacked into key and value.
lines = ["host=localhost", "port=5432", "dsn=user=admin"]
settings = {}
for line in lines:
    key, value = line.split("=")
    settings[key] = value
    print("set", key, "to", repr(value))
