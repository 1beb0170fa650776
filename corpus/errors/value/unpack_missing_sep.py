# A header line without ':' unpacked into name and value.
headers = ["Host: example.com", "Accept: */*", "Connection close"]
parsed = {}
for h in headers:
    name, value = h.split(":")
    parsed[name.lower()] = value.strip()
    print(name, "->", parsed[name.lower()])
