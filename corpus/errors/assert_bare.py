# A failing bare assert.
def mean(xs):
    assert len(xs) > 0
    return sum(xs) / len(xs)

print(mean([1, 2, 3]))
print(mean([]))
