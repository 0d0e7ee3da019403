# extended slicing of lists: get, assign, delete, with all step signs
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-2::-3], a[8:2:-2], a[100:], a[-100:3])
b = a[:]
b[::2] = 'abcde'
print(b)
b = a[:]
b[::-3] = [0, 0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[::-3]
print(b)
b = a[:]
del b[1:8:3]
print(b)
b = a[:]
b[2:5] = []
print(b)
b[0:0] = [100, 101]
print(b)
b[len(b):] = (7, 8)
print(b)
b[5:2] = ['x']
print(b)
b[:] = b
print(b)
b[1:3] = iter('pq')
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[::-1] = c
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print('TypeError', e)
print([1, 2, 3][::0] if False else 'skip')
try:
    [1, 2][::0]
except ValueError as e:
    print('ValueError', e)
x = [1, 2, 3]
x[1:2] = [[4]]
print(x, x[-1:-3:-1], x[5:1])
