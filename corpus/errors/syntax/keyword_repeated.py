# The same keyword argument given twice in one call.
def span(start, stop):
    return list(range(start, stop))

print(span(start=1, stop=4))
print(span(start=1, start=2))
