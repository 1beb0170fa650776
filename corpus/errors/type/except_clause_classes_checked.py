# An except clause's classes are all checked (a nested tuple or a non-class is a
# TypeError even when an earlier class would match).
for typ in [((ValueError, KeyError), TypeError), (ValueError, "not a class"), (KeyError, int), (), (KeyError,), KeyError, Exception, 5]:
    try:
        try:
            raise KeyError(1)
        except typ:
            print("caught", typ)
    except TypeError as e:
        print("TypeError", e)
    except KeyError:
        print("not caught")
