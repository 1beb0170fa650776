# Comparing raw string input against a numeric threshold.
readings = {"north": 12, "south": 31, "east": "27"}
limit = 25
for station in readings:
    value = readings[station]
    print("checking", station)
    if value > limit:
        print("  over limit:", value)
