# Converting seconds with a bad unit table.
units = [("hour", 3600), ("minute", 60), ("tick", 0)]
seconds = 7384
for name, size in units:
    count, seconds = divmod(seconds, size)
    print(name, count, "remaining", seconds)
