# Accessing a missing field of a record tuple.
record = ("alice", 30, "paris")
print("name:", record[0])
print("age:", record[1])
print("city:", record[2])
print("email:", record[3])
