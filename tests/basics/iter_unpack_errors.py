# unpacking errors
try:
    a, b = [1, 2, 3]
except ValueError:
    print('ValueError too many')
try:
    a, b, c = [1, 2]
except ValueError:
    print('ValueError too few')
try:
    a, b = 5
except TypeError:
    print('TypeError not iterable')
a, b = 'xy'
print(a, b)
a, b = {1: 'a', 2: 'b'}
print(a, b)
(a,) = [7]
print(a)
[a] = 'q'
print(a)
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
