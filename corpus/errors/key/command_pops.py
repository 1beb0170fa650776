# Processing "remove" commands with dict.pop; one user is removed twice.
users = {"ann": 3, "bo": 5, "cid": 8}
commands = ["remove bo", "add dee", "remove ann", "remove bo"]
for cmd in commands:
    op, name = cmd.split()
    if op == "add":
        users[name] = 0
    else:
        print("removed", name, "with", users.pop(name), "points")
    print("  users:", sorted(users))
