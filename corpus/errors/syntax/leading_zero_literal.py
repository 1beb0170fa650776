# A decimal integer literal with a leading zero, as in a date.
year = 2024
month = 08
print(year, month)
