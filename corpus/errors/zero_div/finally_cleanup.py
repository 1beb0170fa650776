# A finally block runs its cleanup, then the division error propagates.
def process(batch):
    print("open batch", batch)
    try:
        size = len(batch)
        return sum(batch) // (size - 2)
    finally:
        print("close batch", batch)

print(process([4, 5, 6]))
print(process([10, 20, 30, 40]))
print(process([1, 2]))
