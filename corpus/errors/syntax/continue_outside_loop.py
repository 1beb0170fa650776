def f():
    continue

f()
