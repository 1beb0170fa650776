# Assigning to the constant None while resetting a cache.
cache = {"x": 1}
def reset():
    global cache
    None = cache
    cache = {}
reset()
