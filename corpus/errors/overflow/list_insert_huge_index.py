# OverflowError: list.insert takes an index that fits a C ssize_t.
c = [1, 2]
c.insert(-100, 0)
c.insert(100, 9)
c.insert(True, "t")
print(c)
c.insert(2**70, "big")
