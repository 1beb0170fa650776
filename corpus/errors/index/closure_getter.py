# A closure captures a list; indexing through it after the list shrinks.
def make_getter(items):
    def get(i):
        return items[i]
    return get

colors = ["red", "green", "blue"]
get = make_getter(colors)
print(get(0), get(2))
colors.pop()
colors.pop()
print(get(0), get(-1))
print(get(1))
