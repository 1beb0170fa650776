# Tests string indexing and slicing with negative indices and steps
s = "abcdefghij"
print(s[0], s[5], s[-1], s[-10], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[5:5]))
print(s[::3], s[-1:-11:-1], s[2:-2:2], s[:-11:-1])
print(repr(s[-1:0]), s[-1:0:-1], s[0:-1:4])
print(s[1:9][::-1][2:4])
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
u = "héllo wörld"
print(u[1], u[-4], u[::-1], len(u))
t = "0123456789"
print(t[1:8:2], t[8:1:-2], t[-2:-8:-2], t[::5], t[9::-9])
print(t[0] + t[-1] + t[len(t) // 2], t[:0] == "", t[10:] == "")
print([t[i:i + 3] for i in range(0, 10, 3)])
print("".join(t[i] for i in range(0, 10, 2)), t[::-1][::2])
