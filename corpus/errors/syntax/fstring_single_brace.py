# An f-string with a stray closing brace that is not doubled.
width = 10
height = 4
print(f"area = {width * height}}")
