# A parameter without a default follows one with a default.
def connect(host, port=8080, user):
    return host + ":" + str(port) + " as " + user

print(connect("example", 80, "root"))
