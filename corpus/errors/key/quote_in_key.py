# A missing key containing a single quote is shown with double quotes.
phrases = {"dont": "do not", "cant": "cannot", "wont": "will not"}
for word in ["dont", "cant"]:
    print(word, "->", phrases[word])
print("it's", "->", phrases["it's"])
