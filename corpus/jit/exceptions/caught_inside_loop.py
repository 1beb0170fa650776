# Exceptions of several types raised and caught inside a hot loop; the loop and its live variables carry on.
def run(n):
    ok = 0
    kinds = {}
    total = 0
    fsum = 0.0
    d = {"a": 1}
    xs = [1, 2, 3]
    for i in range(n):
        fsum += 0.5
        try:
            k = i % 6
            if k == 0:
                total += 10 // (i % 2)
            elif k == 1:
                total += xs[i]
            elif k == 2:
                total += d["b" if i % 4 else "a"]
            elif k == 3:
                total += int("x" if i % 9 == 3 else "7")
            elif k == 4:
                total += None if i % 8 == 4 else 1
            else:
                total += i
            ok += 1
        except (ZeroDivisionError, IndexError) as e:
            name = type(e).__name__
            kinds[name] = kinds.get(name, 0) + 1
        except KeyError:
            kinds["KeyError"] = kinds.get("KeyError", 0) + 1
        except Exception as e:
            name = type(e).__name__
            kinds[name] = kinds.get(name, 0) + 1
    return ok, total, fsum, sorted(kinds.items())


print(run(3000))
print(run(7))


def retry(n):
    attempts = 0
    results = []
    for i in range(n):
        while True:
            attempts += 1
            try:
                if attempts % 3:
                    raise ValueError("again")
                results.append(i)
                break
            except ValueError:
                continue
    return attempts, results[-3:]


print(retry(500))
