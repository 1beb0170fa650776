# list append, item store (incl. negative index), pop, insert, extend in hot loops with mixed element types.
def build(n):
    xs = []
    for i in range(n):
        xs.append(i * i)
    for i in range(0, n, 3):
        xs[i] = -xs[i]
    for i in range(1, 50):
        xs[-i] = i * 0.5
    return xs


xs = build(2000)
print(len(xs), xs[:7], xs[-5:], sum(xs))


def stack_ops(n):
    st = []
    popped = 0
    for i in range(n):
        st.append(i)
        st.append(str(i))
        if i % 3 == 0:
            popped += int(st.pop())
            popped += st.pop()
    return len(st), popped, st[-4:]


print(stack_ops(1500))
q = [1, 2, 3]
q.insert(0, 0)
q.insert(-1, 2.5)
q.insert(100, "end")
q.insert(-100, "start")
print(q)
q.extend(range(3))
q.extend("ab")
q += [None]
print(q, q.index(2.5), q.count(2), q.pop(0), q.pop(-2), q)
q.remove(2)
q.reverse()
print(q)
nums = [5, 3, 9, 1, 7, 3]
nums.sort()
c = nums.copy()
nums.sort(reverse=True)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
grid = [[0] * 4 for _ in range(3)]
for i in range(1200):
    grid[i % 3][i % 4] += i
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
