# TypeError: str.find called without the substring.
line = "key=value"
print(line.find("="))
print(line.find())
