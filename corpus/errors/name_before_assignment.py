# A global used before it is assigned at module level.
print("starting")
print("threshold_value is", threshold_value)
threshold_value = 10
