# int() of a string holding a decimal number.
def to_cents(amount):
    dollars, _, cents = amount.partition(".")
    return int(dollars) * 100 + int(cents or "0")

print(to_cents("3.25"))
print(to_cents("10"))
print(int("7.5"))
