# An except block reports the missing key and re-raises it with bare raise.
env = {"HOME": "/home/k", "SHELL": "/bin/sh"}
def getenv(name):
    try:
        return env[name]
    except KeyError:
        print("undefined variable:", name)
        raise

for name in ["HOME", "SHELL", "EDITOR"]:
    print(name, "=", getenv(name))
