# Removing items twice: once by a rule, once from a stale list.
tasks = ["build", "test", "lint", "deploy"]
done = ["lint", "build"]
for t in done:
    tasks.remove(t)
    print("finished", t, "left", tasks)
for t in done:
    tasks.remove(t)
