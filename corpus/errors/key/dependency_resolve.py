# Recursively resolving build dependencies; one dependency is undeclared.
deps = {
    "app": ["lib", "utils"],
    "lib": ["core"],
    "utils": ["core", "fmt"],
    "core": [],
}
def resolve(name, depth=0):
    print("  " * depth + name)
    for d in deps[name]:
        resolve(d, depth + 1)

resolve("lib")
resolve("app")
