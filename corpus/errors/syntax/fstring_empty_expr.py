# An f-string with an empty replacement field.
name = "report"
count = 3
print(f"{name}: {} items")
