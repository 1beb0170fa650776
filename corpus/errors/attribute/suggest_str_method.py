# A misspelled str method, after a caught AttributeError and hasattr() calls.
s = "shout"
print(hasattr(s, "upper"), hasattr(s, "uper"))
try:
    s.strp()
except AttributeError as e:
    print("caught:", e)
print(s.uper())
