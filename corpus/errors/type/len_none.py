# len() of the None returned by list.sort().
names = ["carol", "alice", "bob"]
print(len(names), "names")
ordered = names.sort()
print("sorted in place:", names)
print("count:", len(ordered))
