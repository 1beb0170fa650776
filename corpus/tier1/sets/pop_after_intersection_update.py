# set.pop continues from where the last pop stopped, also after &= and
# intersection_update replaced the table (CPython keeps the set's finger).
s = {0}
s.pop()
s &= {5}
s.add(8)
s.add(1)
print(s.pop())
t = {0, 1, 2, 3}
t.pop(); t.pop()
t &= {2, 3, 9}
t.add(16)
print(t.pop(), t)
u = {0, 1, 2}
u.pop()
u.intersection_update({1, 2, 3})
u.add(8)
print(u.pop(), u)
