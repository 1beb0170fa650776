# AttributeError: str has no reverse() method (only lists do).
def is_palindrome(word):
    letters = [c for c in word.lower() if c.isalpha()]
    return letters == letters[::-1]

for w in ["Level", "Python", "A man, a plan"]:
    print(w, is_palindrome(w))

word = "racecar"
chars = list(word)
chars.reverse()
print("".join(chars))
print(word.reverse())
