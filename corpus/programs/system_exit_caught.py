# SystemExit: raised by sys.exit, caught like any exception (but not by
# `except Exception`), with its code.
import sys

for arg in [(), (0,), (3,), ("message",), (1, 2)]:
    try:
        try:
            sys.exit(*arg)
        except Exception:
            print("not caught here")
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
print(SystemExit().code, SystemExit(None).code)
