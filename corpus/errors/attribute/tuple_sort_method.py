# AttributeError: tuples are immutable and have no sort().
point = (3, 1, 2)
print(sorted(point))
print(point.count(1), point.index(2))
as_list = list(point)
as_list.sort()
print(as_list)
point.sort()
