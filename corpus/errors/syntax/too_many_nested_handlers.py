# SyntaxError: 11 nested `except` bodies are 22 of CPython's compiler blocks.
print('never printed')
try:
    try:
        raise KeyError(10)
    except KeyError as e:
        try:
            raise KeyError(9)
        except KeyError as e:
            try:
                raise KeyError(8)
            except KeyError as e:
                try:
                    raise KeyError(7)
                except KeyError as e:
                    try:
                        raise KeyError(6)
                    except KeyError as e:
                        try:
                            raise KeyError(5)
                        except KeyError as e:
                            try:
                                raise KeyError(4)
                            except KeyError as e:
                                try:
                                    raise KeyError(3)
                                except KeyError as e:
                                    try:
                                        raise KeyError(2)
                                    except KeyError as e:
                                        try:
                                            raise KeyError(1)
                                        except KeyError as e:
                                            try:
                                                pass
                                            except KeyError:
                                                pass
except ValueError:
    pass
