# A `finally` body is compiled twice by CPython, the copy run on an exception one
# block deeper: 18 loops, a `try`, and a loop in its `finally` make 20, the most.
# (The `break` runs the `finally` body on its way out of the innermost loop.)
def run():
    n = 0
    for i0 in range(2):
        for i1 in range(2):
            for i2 in range(2):
                for i3 in range(2):
                    for i4 in range(2):
                        for i5 in range(2):
                            for i6 in range(2):
                                for i7 in range(2):
                                    for i8 in range(2):
                                        for i9 in range(2):
                                            for i10 in range(2):
                                                for i11 in range(2):
                                                    for i12 in range(2):
                                                        for i13 in range(2):
                                                            for i14 in range(2):
                                                                for i15 in range(2):
                                                                    for i16 in range(2):
                                                                        for i17 in range(2):
                                                                            try:
                                                                                n += 1
                                                                                break
                                                                            finally:
                                                                                for j in range(3):
                                                                                    n += 10
    return n

print(run())
