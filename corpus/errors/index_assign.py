# Writing past the end of a preallocated list.
slots = [None] * 3
for i, name in enumerate(["a", "b", "c", "d"]):
    print("storing", name, "at", i)
    slots[i] = name
