# Looking up grades by integer student id; one id is unknown.
grades = {1001: "A", 1002: "B+", 1005: "C"}
for sid in (1001, 1005, 1002, 1003):
    print(f"student {sid}: {grades[sid]}")
