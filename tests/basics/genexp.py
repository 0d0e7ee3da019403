# generator expressions
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in 'abc' if x != 'b'))
print(tuple((i, j) for i in range(2) for j in 'ab'))
print(sorted(x for x in [3, 1, 2]))
print(''.join(str(i) for i in range(10)))
calls = []
def src():
    for i in range(3):
        calls.append(i)
        yield i
g = (v + 100 for v in src())
print(calls)
print(next(g), calls)
print(any(v > 0 for v in [0, 0, 5, 0]), all(v for v in []))
g = (i for i in range(3))
print(list(zip(g, g)))
