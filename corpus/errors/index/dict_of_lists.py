# Indexing a list stored in a dict: a player with too few rounds.
rounds = {"ana": [12, 15, 9], "ben": [8, 14, 20], "eli": [11, 7]}
for r in range(3):
    line = [f"{p}={rounds[p][r]}" for p in sorted(rounds)]
    print("round", r + 1, " ".join(line))
