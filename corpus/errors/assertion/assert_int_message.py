# A failing assert whose message is a non-string value (an int error code).
def parse_version(s):
    parts = s.split(".")
    assert len(parts) == 3, len(parts)
    return tuple(int(p) for p in parts)

print(parse_version("3.11.4"))
print(parse_version("1.0.0") < parse_version("1.2.0"))
print(parse_version("2.7"))
