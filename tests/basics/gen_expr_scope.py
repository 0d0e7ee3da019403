x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
g = (i for i in range(x))
x = 2
print(len(list(g)))
def f():
    y = 5
    return [lambda: y * i for i in range(3)]
print([h() for h in f()])
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i % 3])
print({i: i * i for i in range(4)}, sorted({i % 3 for i in range(10)}))
class C:
    v = 3
    l = [v * 2 for _ in range(2)] if False else [6, 6]
    n = [k for k in range(v)]
print(C.l, C.n)
i = "outer"
[i for i in range(3)]
print(i)
print(sum(i for i in range(5)), max((i for i in "abc"), default=None))
print(list(zip(*((i, i * 2) for i in range(3)))))
