# tuple.index for a value that is not present.
LEVELS = ("debug", "info", "warning", "error")
def at_least(level, threshold):
    return LEVELS.index(level) >= LEVELS.index(threshold)

print(at_least("error", "info"))
print(at_least("debug", "warning"))
print(at_least("fatal", "info"))
