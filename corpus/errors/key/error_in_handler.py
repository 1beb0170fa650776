# While handling an IndexError, the fallback dict lookup fails too.
defaults = {"mode": "fast", "level": 3}
def arg(argv, i, name):
    try:
        return argv[i]
    except IndexError:
        print("no argument", i, "- default for", name)
        return defaults[name]

argv = ["prog", "slow"]
print(arg(argv, 1, "mode"))
print(arg(argv, 2, "level"))
print(arg(argv, 3, "color"))
