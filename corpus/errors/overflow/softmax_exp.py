# OverflowError: math.exp on large logits in a naive softmax.
import math

def softmax(xs):
    exps = [math.exp(x) for x in xs]
    total = sum(exps)
    return [round(e / total, 4) for e in exps]

print(softmax([1.0, 2.0, 3.0]))
print(softmax([0.0, 0.0]))
shifted = [x - 900 for x in [900, 901]]
print(softmax(shifted))
print(softmax([10.0, 800.0]))
