# A default argument that refers to a constant defined later.
print("defining helpers")

def clamp_simple(x, lo, hi):
    return max(lo, min(hi, x))

print(clamp_simple(15, 0, 10))

def clamp(x, lo=0, hi=LIMIT_HIGH):
    return max(lo, min(hi, x))

LIMIT_HIGH = 100
