# TypeError: a keyword given twice, once by name and once through **.
def connect(host, port=80, **options):
    return host, port, sorted(options.items())


defaults = {"timeout": 5, "port": 8080}
print(connect("a", **{"timeout": 1}))
print(connect("b", port=81, **defaults))
