# Slicing and indexing ranges longer than 2**63 (range arithmetic past 64 bits).
print(range(2**63)[-2:])
print(range(2**70)[1:3])
print(range(2**63)[5:], range(2**63)[:5], range(-2**63 - 1, 0)[:2])
r = range(2**70)
print(r[2**69], range(10**20)[10**19], range(2**64 + 5)[1:], list(range(2**64)[:3]))
print(range(10**20)[::2], range(10)[::2**64], range(2**64)[3:1:-1], range(10)[2**80:], range(10)[-2**80:2])
print(range(10)[::-2**70], range(5, 100, 7)[2:-1:3], range(100, 5, -7)[::-2], range(0)[1:])
print(len(range(10**20)[::3]), range(10**20)[::3][-1], 10**19 in range(10**20)[::5])
for i in [2**64, -2**64, 10, -11, 2**200, -10, 9]:
    try:
        print(range(10)[i])
    except IndexError as e:
        print(e)
print([1, 2, 3][2**70:], [1, 2, 3][-2**70:2], "abc"[::2**64], (1, 2, 3)[::-2**65])
