# int() applied to a missing config entry (dict.get returned None).
config = {"port": "8080", "workers": "4"}
for key in ["port", "workers"]:
    value = int(config.get(key))
    print(key, "=", value)
timeout = int(config.get("timeout"))
print("timeout", timeout)
