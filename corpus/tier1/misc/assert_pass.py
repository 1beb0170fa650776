# Tests assert statements that pass (with and without messages)
assert True
assert 1 == 1, "math works"
assert [1], "non-empty list is truthy"
x = 5
assert 0 < x < 10
assert isinstance(x, int) and not isinstance(x, bool)
def check(n):
    assert n >= 0, "negative"
    return n * 2
print(check(4), check(0))
for i in range(5):
    assert i * i >= i
print("all asserts passed")
assert (1, 2) == (1, 2), ("tuple", "message")
assert "abc".startswith("a")
assert len({}) == 0
print("done")
