# TypeError: ** with a dict whose keys are not strs.
def show(**kw):
    return kw


print(show(**{"a": 1}))
print(show(**{1: "one"}))
