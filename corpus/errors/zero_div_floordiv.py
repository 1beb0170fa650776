# Splitting items into pages with a zero page size.
def pages(total, per_page):
    return (total + per_page - 1) // per_page

for size in (10, 3, 1, 0):
    print(f"page size {size}: {pages(25, size)} pages")
