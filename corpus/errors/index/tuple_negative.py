# Negative tuple index beyond the start of an RGB triple.
color = (255, 128, 0)
for i in range(-1, -5, -1):
    print(f"channel {i}: {color[i]}")
