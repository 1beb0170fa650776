# Using math.pi without importing math.
def circle_area(r):
    return math.pi * r * r

radii = [1, 2, 3]
print("radii:", radii)
print("total radius:", sum(radii))
print([circle_area(r) for r in radii])
