# lcm built on a recursive gcd; gcd(0, 0) is 0 and the // fails.
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def lcm(a, b):
    return a * b // gcd(a, b)

pairs = [(4, 6), (21, 6), (0, 5), (0, 0)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}")
    print(f"lcm({a}, {b}) = {lcm(a, b)}")
