# Reading characters past the end of a string.
word = "krait"
for i in (0, 2, 4, -1, -5):
    print(i, word[i])
print(word[5])
