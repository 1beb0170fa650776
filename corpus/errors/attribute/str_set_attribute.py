# AttributeError: setting an attribute on a str object.
label = "temperature"
print(label.upper(), len(label))
print(label.center(17, "*"))
label.unit = "celsius"
print(label.unit)
