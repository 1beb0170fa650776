# Dict comprehension computing rates; one team played no games.
teams = {"owls": (8, 10), "foxes": (3, 4), "bears": (5, 5)}
rates = {t: w / g for t, (w, g) in teams.items()}
for t in rates:
    print(f"{t}: {rates[t]:.3f}")
teams["newts"] = (0, 0)
rates = {t: w / g for t, (w, g) in teams.items()}
print(rates)
