# abs() of a value that was left as text.
deltas = [-3, 4, "-7", 2]
total = 0
for d in deltas:
    total += abs(d)
    print("distance so far", total)
