# Concatenating a list and a tuple.
def extend_path(path, extra):
    print("extending", path, "with", extra)
    return path + extra

base = ["usr", "local"]
print(extend_path(base, ["bin"]))
print(extend_path(base, ("lib", "python")))
