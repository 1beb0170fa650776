# A module-level name assigned only in a branch that did not run.
mode = "prod"
if mode == "debug":
    verbosity = 3
elif mode == "test":
    verbosity = 1
print("mode:", mode)
print("verbosity:", verbosity)
