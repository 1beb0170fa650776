# SyntaxError: 21 nested loops, one more than CPython's compiler allows.
print('never printed')
for i0 in range(1):
    while True:
        for i2 in range(1):
            while True:
                for i4 in range(1):
                    while True:
                        for i6 in range(1):
                            while True:
                                for i8 in range(1):
                                    while True:
                                        for i10 in range(1):
                                            while True:
                                                for i12 in range(1):
                                                    while True:
                                                        for i14 in range(1):
                                                            while True:
                                                                for i16 in range(1):
                                                                    while True:
                                                                        for i18 in range(1):
                                                                            while True:
                                                                                for i20 in range(1):
                                                                                    break
