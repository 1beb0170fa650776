doc = """start of a docstring
that never ends
print(doc)
