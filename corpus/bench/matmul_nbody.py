# Benchmark: matrix multiply with lists of lists of floats, then an n-body style simulation.
# krait-args: 12
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 320


def make_matrix(rows, cols, seed):
    m = []
    for i in range(rows):
        row = []
        for j in range(cols):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((seed % 2000) / 1000.0 - 1.0)
        m.append(row)
    return m, seed


def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    bt = [[b[k][j] for k in range(inner)] for j in range(cols)]
    out = []
    for i in range(rows):
        ai = a[i]
        row = []
        for j in range(cols):
            bj = bt[j]
            s = 0.0
            for k in range(inner):
                s += ai[k] * bj[k]
            row.append(s)
        out.append(row)
    return out


def nbody(steps, bodies):
    pos = [[float(i), float(i * i % 7), float(i % 3)] for i in range(bodies)]
    vel = [[0.0, 0.01 * i, -0.005 * i] for i in range(bodies)]
    mass = [1.0 + 0.1 * i for i in range(bodies)]
    dt = 0.01
    for _ in range(steps):
        for i in range(bodies):
            pi = pos[i]
            vi = vel[i]
            for j in range(i + 1, bodies):
                pj = pos[j]
                dx = pi[0] - pj[0]
                dy = pi[1] - pj[1]
                dz = pi[2] - pj[2]
                d2 = dx * dx + dy * dy + dz * dz + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                mi = mass[i] * mag
                mj = mass[j] * mag
                vi[0] -= dx * mj
                vi[1] -= dy * mj
                vi[2] -= dz * mj
                vj = vel[j]
                vj[0] += dx * mi
                vj[1] += dy * mi
                vj[2] += dz * mi
        for i in range(bodies):
            p = pos[i]
            v = vel[i]
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]
    energy = 0.0
    for i in range(bodies):
        v = vel[i]
        energy += 0.5 * mass[i] * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
    return energy


a, seed = make_matrix(n, n, 1)
b, seed = make_matrix(n, n, seed)
c = matmul(a, b)
trace = sum(c[i][i] for i in range(n))
total = sum(sum(row) for row in c)
print(f"trace: {trace:.6f}")
print(f"total: {total:.6f}")
e = nbody(n * 3, 12)
print(f"kinetic energy: {e:.9f}")
