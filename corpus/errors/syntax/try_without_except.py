# A try block with neither except nor finally.
data = {"a": 1}
try:
    value = data["b"]
print("value", value)
