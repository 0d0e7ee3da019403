# matrix operations with nested lists
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
a = [[1, 2], [3, 4]]
print(matmul(a, a), transpose([[1, 2, 3], [4, 5, 6]]))
print(mpow([[1, 1], [1, 0]], 90)[0][1])
m = [[(i * 3 + j) % 7 for j in range(5)] for i in range(5)]
print(matmul(m, transpose(m)))
