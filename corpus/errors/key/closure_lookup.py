# A closure over a lookup table counts its calls before the failing key.
def make_lookup(table):
    calls = [0]
    def lookup(key):
        calls[0] += 1
        print("lookup #%d: %r" % (calls[0], key))
        return table[key]
    return lookup

status = make_lookup({200: "OK", 404: "Not Found", 500: "Server Error"})
print(status(200))
print(status(500))
print(status(418))
