# EOFError: the rest of CPython's built-in exception classes exist (OSError and
# its aliases and subclasses, SyntaxError, the warnings, ...).
try:
    raise SyntaxError("custom")
except SyntaxError as e:
    print("caught", e)
class ParseError(OSError):
    pass
try:
    raise ParseError("bad input")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, Exception), IOError is OSError, EnvironmentError is OSError)
for cls in [EOFError, FileNotFoundError, PermissionError, TimeoutError, ConnectionError, BrokenPipeError,
            FloatingPointError, GeneratorExit, SystemError, UnicodeDecodeError if False else UnicodeError,
            Warning, UserWarning, DeprecationWarning, IndentationError, TabError, StopAsyncIteration]:
    try:
        raise cls("m")
    except Exception as e:
        print(cls.__name__, "Exception", isinstance(e, OSError), isinstance(e, ArithmeticError))
    except BaseException as e:
        print(cls.__name__, "BaseException only")
raise EOFError("end of input")
