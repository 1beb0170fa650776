# An exception from an inner compiled loop is caught in the outer loop body, which continues with its state intact.
def process(rows):
    good_rows = 0
    bad_rows = []
    grand = 0
    fgrand = 0.0
    for r, row in enumerate(rows):
        subtotal = 0
        try:
            for v in row:
                subtotal += 100 // v
                fgrand += 0.5
        except ZeroDivisionError:
            bad_rows.append((r, subtotal))
            continue
        except TypeError as e:
            bad_rows.append((r, "type", subtotal))
            continue
        finally:
            grand += 1
        good_rows += 1
        grand += subtotal
    return good_rows, bad_rows, grand, fgrand


rows = [[1, 2, 3, 4]] * 200 + [[5, 0, 5], [1, "x"], [7, 7], [0]] + [[3, 9]] * 100
print(process(rows))


def search_all(grid, target):
    hits = []
    for r in range(len(grid)):
        try:
            c = 0
            while True:
                if grid[r][c] == target:
                    hits.append((r, c))
                c += 1
        except IndexError:
            pass
    return hits


print(search_all([[1, 2, 1], [], [3, 1], [1] * 50], 1)[-3:], len(search_all([[1, 2, 1], [], [3, 1], [1] * 50], 1)))
