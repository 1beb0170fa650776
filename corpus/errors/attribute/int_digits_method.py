# AttributeError: ints have no digits() method.
def digit_sum(n):
    return sum(int(c) for c in str(abs(n)))

for n in [0, 7, 1234, -9081, 2 ** 40]:
    print(n, digit_sum(n))

n = 987654321
print(n.bit_length())
print(n.digits())
