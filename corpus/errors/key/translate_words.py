# Word-by-word translation with a dictionary missing one word.
en_fr = {"the": "le", "cat": "chat", "eats": "mange", "fish": "poisson"}
for sentence in ["the cat eats", "the fish", "the dog eats"]:
    words = [en_fr[w] for w in sentence.split()]
    print(sentence, "->", " ".join(words))
