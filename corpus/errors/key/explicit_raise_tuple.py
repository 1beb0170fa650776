# KeyError raised with a tuple key shows the tuple as the message.
seats = {("A", 1): "taken", ("A", 2): "free", ("B", 1): "free"}
def seat_status(row, num):
    key = (row, num)
    if key not in seats:
        raise KeyError(key)
    return seats[key]

print(seat_status("A", 2))
print(seat_status("B", 1))
print(seat_status("C", 3))
