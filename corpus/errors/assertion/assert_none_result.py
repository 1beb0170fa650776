# A search function returns None when nothing matches; the caller asserts it is not None.
def find_first(words, prefix):
    for w in words:
        if w.startswith(prefix):
            return w
    return None

words = ["stone", "stream", "apple", "avocado"]
for p in ["st", "av", "qu"]:
    hit = find_first(words, p)
    print(p, "->", hit)
    assert hit is not None, f"no word starts with {p!r}"
