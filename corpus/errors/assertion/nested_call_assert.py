# An assert fails two calls deep, inside a helper called from another function.
def validate_age(age):
    assert 0 <= age <= 150, "age out of range: %d" % age
    return age

def register(people):
    total = 0
    for name, age in people:
        total += validate_age(age)
        print("registered", name)
    return total

print(register([("ann", 31), ("bo", 45)]))
print(register([("cy", 20), ("di", -3), ("ed", 50)]))
