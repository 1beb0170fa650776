# TypeError: raise ... from a value that is not an exception.
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e.__cause__))
raise RuntimeError("wrapped") from "not an exception"
