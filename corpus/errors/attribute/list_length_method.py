# AttributeError: calling .length() on a list instead of len().
def summarize(scores):
    total = sum(scores)
    print("total:", total)
    print("best:", max(scores))
    return total / scores.length()

grades = [88, 92, 75, 64]
print(len(grades), "grades")
print("average:", summarize(grades))
