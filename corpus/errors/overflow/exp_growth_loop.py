# OverflowError: math.exp of a steadily growing argument in a simulation.
import math
rate = 0.0
population = 1.0
for year in range(0, 2000, 100):
    rate = year * 0.4
    population = math.exp(rate)
    print(year, f"{population:.3e}")
