x = 5
def f():
    global x
    x = x + 1
    return x
print(f(), x)
print(abs(-5), abs(-2.5), abs(True))
print(list(range(10))[slice(2, 8, 3)], 'hello'[slice(None, None, -1)])
def f(*, a): return a
try:
    f(b=1)
except TypeError:
    print('TypeError unexpected kw')
i = 10
for i in range(3): pass
print(i)
print((1, 2) + (3,), [1] + [2], 'a' + 'b', b'a' + b'b', (1,) * 3)
print(''.join(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(isinstance(range(3), range), len(range(0, 10, 3)), range(5)[-1], range(10)[2:5])
