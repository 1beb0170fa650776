# An assert on a chained comparison inside a list of percentage calculations.
scores = [(45, 50), (30, 40), (12, 10), (7, 8)]
for got, out_of in scores:
    pct = got * 100 // out_of
    print(f"{got}/{out_of} = {pct}%")
    assert 0 <= pct <= 100, f"{pct}% is not a valid percentage"
