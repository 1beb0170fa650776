# sorted() with a key function looking up a rank table missing one name.
rank = {"gold": 1, "silver": 2, "bronze": 3}
def by_rank(medal):
    return rank[medal]

print(sorted(["bronze", "gold", "silver", "gold"], key=by_rank))
print(max(["silver", "bronze"], key=by_rank))
print(sorted(["gold", "tin", "silver"], key=by_rank))
