# An f-string referring to a name that was never assigned.
user = "ann"
count = 3
print(f"{user} has {count} messages")
print(f"{user!r} last seen {when_seen}")
