# An assert fed by all() over a generator expression after a transformation.
readings = [3, 8, 1, 4]
for step in range(4):
    readings = [r - step for r in readings]
    print("step", step, readings)
    assert all(r > 0 for r in readings), f"non-positive reading after step {step}"
