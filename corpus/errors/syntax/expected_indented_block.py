n = 5
if n > 3:
print("big")
