# A failing assert with an f-string message.
expected = [0, 1, 4, 9]
for i, e in enumerate(expected):
    got = i * i if i < 3 else i * 4
    assert got == e, f"step {i}: expected {e}, got {got}"
    print("ok", i)
