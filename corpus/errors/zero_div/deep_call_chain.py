# A four-level call chain; the innermost frame does the bad modulo.
def level4(n, m):
    return n % m

def level3(n, m):
    return level4(n * 2, m - 1)

def level2(n, m):
    print("level2", n, m)
    return level3(n + 1, m) + 1

def level1(items):
    return [level2(n, m) for n, m in items]

print(level1([(1, 5), (2, 3)]))
print(level1([(3, 4), (4, 1)]))
