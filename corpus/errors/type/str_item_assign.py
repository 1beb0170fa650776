# Trying to change a character of a string in place.
def capitalize_first(word):
    if word and word[0].islower():
        word[0] = word[0].upper()
    return word

for w in ["Alpha", "", "Beta"]:
    print(repr(capitalize_first(w)))
print(capitalize_first("gamma"))
