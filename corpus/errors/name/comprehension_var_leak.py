# Expecting a comprehension's loop variable to survive the comprehension.
words = ["kiwi", "banana", "fig"]
lengths = [len(word) for word in words]
print(lengths)
print("longest:", max(lengths))
print("last word was", word)
