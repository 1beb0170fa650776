# AttributeError: deleting an instance attribute that is already gone.
class Session:
    def __init__(self, user):
        self.user = user
        self.token = "abc123"

s = Session("root")
print(s.user, s.token)
del s.token
print("logged out:", s.user)
del s.token
