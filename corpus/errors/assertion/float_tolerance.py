# A numeric tolerance check on an iterative square root, with a formatted float message.
def newton_sqrt(x, iters):
    g = x / 2
    for _ in range(iters):
        g = (g + x / g) / 2
    return g

for iters in (6, 3, 1):
    r = newton_sqrt(50.0, iters)
    err = abs(r * r - 50.0)
    print(f"iters={iters} root={r:.6f}")
    assert err < 1e-6, f"error {err:.4f} too large after {iters} iterations"
