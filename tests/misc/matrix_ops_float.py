def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    n = len(m)
    m = [row[:] for row in m]
    d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[p][c]) < 1e-12:
            return 0.0
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
B = [[1, 2], [0, 1], [4, 0]]
print(matmul(A, B))
print(transpose(B))
print(round(det(A), 6), det(identity(4)), round(det([[1, 2], [2, 4]]), 6))
print(matmul(A, identity(3)) == A)
def fmt(m):
    return "\n".join(" ".join("%6.2f" % v for v in row) for row in m)
print(fmt([[v / 3 for v in row] for row in A]))
v = [3.0, 4.0]
norm = sum(x * x for x in v) ** 0.5
print(norm, [x / norm for x in v])
