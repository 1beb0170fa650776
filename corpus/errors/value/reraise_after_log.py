# Logging a parse failure and re-raising it with bare raise.
def parse_port(s):
    try:
        return int(s)
    except ValueError:
        print("could not parse port", repr(s))
        raise

for s in ["80", "443"]:
    print("port", parse_port(s))
print("port", parse_port("8o8o"))
