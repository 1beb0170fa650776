# A function deletes a global that module code still uses.
cache = {"a": 1}

def reset():
    global cache
    print("resetting cache of size", len(cache))
    del cache

print(cache)
reset()
print(len(cache))
