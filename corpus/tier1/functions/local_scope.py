# Tests local variables, parameters shadowing builtins, and independence of calls
def f(len):
    return len * 2
print(f(21), len("abc"))
def counter_local():
    c = 0
    c += 1
    return c
print(counter_local(), counter_local())
def uses_builtin(xs):
    return max(xs) - min(xs)
print(uses_builtin([4, 9, 1]))
def params_are_local(a, b):
    a = a + b
    b = a * 2
    return a, b
a, b = 1, 2
print(params_are_local(a, b), a, b)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
sum_ = 0
def shadow_sum(sum):
    return sum + 1
print(shadow_sum(10), sum([1, 2]))
def deep(n):
    x = n
    if n > 0:
        deep(n - 1)
    return x
print(deep(5))
