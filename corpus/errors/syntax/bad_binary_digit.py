# A binary literal containing a digit other than 0 and 1.
mask = 0b1011
flags = 0b10201
print(mask & flags)
