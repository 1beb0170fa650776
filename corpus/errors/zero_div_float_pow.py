# Inverse-square falloff evaluated at distance zero.
def intensity(power, distance):
    return power * distance ** -2

for d in (4.0, 2.0, 1.0, 0.5, 0.0):
    print(d, intensity(100.0, d))
