# Converting a huge int to float.
n = 1
for i in range(1, 200):
    n *= i
print(len(str(n)), "digits")
print(float(n))
