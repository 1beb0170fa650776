# Tests % formatting with a dict mapping key: %(name)s
d = {"name": "Ada", "age": 36, "score": 97.5}
print("%(name)s is %(age)d" % d)
print("%(name)-6s|%(age)05d|%(score).1f" % d)
print("%(score)8.3f %(name)r" % d)
print("%(age)x %(age)o %%" % d)
people = [{"name": "Bo", "age": 7, "score": 1.5}, {"name": "Cleo", "age": 70, "score": 99.25}]
for p in people:
    print("%(name)8s|%(age)-4d|%(score)7.2f|" % p)
print("%(a)s%(b)s%(a)s" % {"a": "x", "b": "y"})
print("%(n)d%%" % {"n": 50})
line = "%(k)s=%(v)r"
print(line % {"k": "key", "v": "val"}, line % {"k": 1, "v": [1]})
print("%(x)+d %(x) d %(x)05d" % {"x": 12})
inventory = {"apples": 12, "pears": 3}
print("apples: %(apples)3d, pears: %(pears)-3d!" % inventory)
