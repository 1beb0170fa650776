# Unpacking a pair into three names.
rows = ["a,1,x", "b,2,y", "c,3"]
for row in rows:
    name, num, tag = row.split(",")
    print(name, num, tag)
