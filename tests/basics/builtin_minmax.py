# min() and max()
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)))
print(min('hello'), max('hello'), min([[2], [1, 9]]))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(max(['aa', 'b', 'ccc'], key=len), min('x', 'yy', key=len))
print(max([], default='empty'), min((), default=None))
print(max([7], default=0))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), min([True, 1]))
print(max(x * x % 7 for x in range(10)))
print(max([('b', 1), ('a', 2)], key=lambda t: t[1]))
print(max(2 ** 100, 3, -(2 ** 200)))
try:
    max([])
except ValueError:
    print('ValueError')
try:
    min()
except TypeError:
    print('TypeError')
