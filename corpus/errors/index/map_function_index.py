# map() applies a function that takes the second word of each phrase.
def second_word(phrase):
    return phrase.split()[1]

phrases = ["big red dog", "small cat", "hello", "two words"]
it = map(second_word, phrases)
print("second words:")
for w in it:
    print(w)
