# A default evaluated only when `or` gets a falsy left operand.
def pick_name(user):
    return user.get("nick") or default_nick

print(pick_name({"nick": "zed"}))
print(pick_name({"nick": "amy", "age": 3}))
print(pick_name({"nick": ""}))
