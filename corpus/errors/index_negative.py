# Negative index too far back.
history = [10, 20, 30]
print(history[-1], history[-2], history[-3])
print(history[-4])
