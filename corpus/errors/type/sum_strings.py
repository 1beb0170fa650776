# sum() used to concatenate strings with a string start value.
parts = ["ab", "cd", "ef"]
print("".join(parts))
lengths = sum(len(p) for p in parts)
print("total length", lengths)
print(sum(parts, ""))
