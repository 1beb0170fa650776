# list.pop(i) with an index past the end: "pop index out of range".
tasks = ["build", "test", "lint", "deploy"]
for i in (1, 2, 0, 3):
    print("removing position", i, "from", tasks)
    print("  got", tasks.pop(i))
