# Treating an int as a list.
values = [10, 20, 30]
first = values[0]
print("first:", first)
print("first digit:", first[0])
