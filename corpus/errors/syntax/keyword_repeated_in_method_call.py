# A keyword argument repeated among others in a method call: found after the whole
# file parsed, so nothing runs.
class Box:
    def put(self, item, count=1, label=""):
        return (item, count, label)


print("before")
b = Box()
print(b.put("x", count=2, label="a", count=3))
