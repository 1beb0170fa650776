# A rarely-taken branch in a loop calls a function that was never written.
def handle(cmd):
    if cmd == "add":
        return "adding"
    if cmd == "list":
        return "listing"
    return unknown_command_handler(cmd)

for cmd in ["add", "list", "add", "purge"]:
    print(cmd, "->", handle(cmd))
