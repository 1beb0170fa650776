# A closure reading a name that its enclosing function never defines.
def make_scaler(factor):
    def scale(x):
        return x * factor + offset
    return scale

double = make_scaler(2)
print("scaler ready")
print(double(5))
