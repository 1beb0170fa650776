# A temporary deleted inside a loop, then used on the next iteration.
rows = [[1, 2], [3, 4], [5, 6]]
for row in rows:
    if row[0] == 1:
        scratch = []
    scratch.append(sum(row))
    print("scratch", scratch)
    if len(scratch) == 2:
        del scratch
