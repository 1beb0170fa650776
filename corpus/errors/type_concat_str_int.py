# Building a message with a number.
name = "krait"
version = 3
print("name: " + name)
print("version: " + str(version))
print("next: " + (version + 1))
