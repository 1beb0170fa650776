# Speed computation where the elapsed time is 0.0.
trips = [(120.0, 1.5), (300.0, 4.0), (5.0, 0.0)]
for dist, hours in trips:
    print(f"{dist} km in {hours} h")
    print(f"  speed {dist / hours:.2f} km/h")
