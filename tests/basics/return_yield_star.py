def f():
    a = [1, 2]
    return *a, 3
print(f())
def g():
    rest = (4, 5)
    yield *rest, 6
    x = yield
    print('x', x)
it = g()
print(next(it))
print(next(it))
try:
    it.send('sent')
except StopIteration:
    print('stop')
def h():
    return
print(h())
def k():
    yield
print(list(k()))
t = 1, *'ab', *[2]
print(t)
print([*range(3), *'xy'])
print({*range(3), 5} == {0, 1, 2, 5})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def m(*a):
    return a
print(m(*range(2), *[], 9))
x = *'hi',
print(x)
