# TypeError: sorted() with a misspelled keyword (CPython names list.sort).
words = ["pear", "fig", "apple"]
print(sorted(words, key=len))
print(sorted(words, reversed=True))
