class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return M([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __rmatmul__(self, o):
        return "rmatmul with %r" % (o,)
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print((a @ b).rows)
print(1 @ a)
c = a
c @= b
print(c.rows, c is a)
for x, y in ((1, 2), (1.0, 2.0), (2**70, 3), ([1], [2]), ("a", "b"), (True, False)):
    try:
        x @ y
    except TypeError:
        print("TypeError")
v = 3
try:
    v @= 4
except TypeError:
    print("TypeError")
