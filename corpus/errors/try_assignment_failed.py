# A module-level name whose only assignment failed inside try.
text = "forty-two"
try:
    answer = int(text)
    print("parsed")
except ValueError:
    print("could not parse", repr(text))
print("answer + 1 =", answer + 1)
