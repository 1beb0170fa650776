# A list literal missing a comma between two elements.
primes = [2, 3, 5 7, 11]
print(sum(primes))
