# AttributeError: replacing a method of a built-in list object.
log = []
log.append("start")
log.append("load")
print(log)
def quiet_append(x):
    print("ignored", x)
quiet_append("x")
log.append = quiet_append
