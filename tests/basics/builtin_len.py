# len() of builtin types
print(len(''), len('abc'), len(b'ab'), len(bytearray(3)), len([1, 2]), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set('hello')), len(frozenset()), len(range(10)))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 5)), len(range(2 ** 40)))
print(len(memoryview(b'abcd')), len('\u00e9\u4e2d'), len(str(2 ** 100)))
try:
    len(iter([]))
except TypeError:
    print('TypeError')
try:
    len(3.5)
except TypeError:
    print('TypeError')
