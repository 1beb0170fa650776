# A class body inside a function binds its names in its namespace, even a name a
# method captures from the function (which keeps its own value).
def outer():
    x = "outer"
    class Inner:
        x = "class"
        def m(self):
            return x
        y = [x for _ in range(2)]
        z = x + "!"
    print(Inner().m(), x)
    print(Inner.x, Inner.y, Inner.z)
outer()
def outer2():
    v = 1
    class C:
        w = v + 1
        def get(self):
            return v
    return C.w, C().get()
print(outer2())
def outer3():
    n = 10
    class D:
        n = n + 1 if False else 5
        def f(self):
            nonlocal_n = n
            return nonlocal_n
    return D.n, D().f()
print(outer3())
