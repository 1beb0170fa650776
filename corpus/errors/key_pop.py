# dict.pop without a default on a missing key.
sessions = {"u1": 100, "u2": 250}
print(sessions.pop("u1"))
print(sessions.pop("u3", "no session"))
print(sessions.pop("u3"))
