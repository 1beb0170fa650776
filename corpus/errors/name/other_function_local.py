# Reading a local variable of another function.
def load():
    records = ["r1", "r2", "r3"]
    print("loaded", len(records), "records")
    return len(records)

def summarize():
    print("summary of", len(records), "records")

load()
summarize()
