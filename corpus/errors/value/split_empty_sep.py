# str.split() with an empty separator taken from a config.
def fields(line, sep):
    return [f.strip() for f in line.split(sep)]

print(fields("a, b, c", ","))
print(fields("x|y", "|"))
seps = {"csv": ",", "tsv": "\t", "raw": ""}
print(fields("abc", seps["raw"]))
