# A dict comprehension calling a conversion function that does not exist.
temps_c = {"oslo": 4, "rome": 18, "cairo": 30}
print(sorted(temps_c.items()))
temps_f = {city: celsius_to_f(t) for city, t in temps_c.items()}
print(temps_f)
