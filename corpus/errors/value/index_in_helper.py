# list.index() on a missing weekday, deep inside nested calls.
DAYS = ["mon", "tue", "wed", "thu", "fri"]

def day_number(d):
    return DAYS.index(d) + 1

def days_between(a, b):
    return day_number(b) - day_number(a)

print(days_between("mon", "thu"))
print(days_between("tue", "fri"))
print(days_between("wed", "sat"))
