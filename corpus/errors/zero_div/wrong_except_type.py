# A handler for ValueError does not catch the ZeroDivisionError.
def parse_ratio(text):
    num, den = text.split("/")
    try:
        return int(num) / int(den)
    except ValueError:
        print("  bad number in", repr(text))
        return None

for t in ["3/4", "x/2", "10/8", "5/0"]:
    print(t)
    print("  ->", parse_ratio(t))
