# Sorting lists of small ints (sorted in place by value), and lists where equal
# items can be told apart (bools among ints, big ints), which must stay stable.
seed = 7
data = []
for _ in range(5000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    data.append(seed % 2001 - 1000)
s = sorted(data)
print(s[:6], s[-6:], len(s), sum(s))
r = sorted(data, reverse=True)
print(r[:6], r == s[::-1])
data.sort()
print(data == s, data[2500])
data.sort(reverse=True)
print(data[:3], data[-3:])
print(sorted([]), sorted([5]), sorted([3, -1, 2, -1, 0]))
mixed = [True, 1, 0, False, 1, True, 0]
print(sorted(mixed), sorted(mixed, reverse=True))
big = [2 ** 70, -5, 3, 2 ** 47, -(2 ** 47) - 1, 0, 2 ** 47 - 1]
print(sorted(big))
print(sorted(big, reverse=True))
edge = [2 ** 47 - 1, -(2 ** 47), 0, -1, 1]
print(sorted(edge), sorted(edge, key=abs))
ints_and_float = [3, 1.5, 2, 0.5, 1]
print(sorted(ints_and_float))
