# Subscripting the None returned by a lookup helper that found nothing.
def find_user(users, uid):
    for u in users:
        if u[0] == uid:
            return u

users = [(1, "ann", "admin"), (2, "bob", "dev")]
for uid in [2, 1, 3]:
    user = find_user(users, uid)
    print("user", uid, "role:", user[2])
