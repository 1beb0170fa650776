# del on a list position that no longer exists after earlier deletions.
queue = ["a", "b", "c", "d", "e"]
for pos in (0, 1, 2):
    del queue[pos]
    print("after del", pos, queue)
del queue[2]
