# list slice assignment and deletion
l = list(range(6))
l[1:3] = ['a', 'b', 'c']
print(l)
l[1:4] = []
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100]
print(l)
l[::2] = ['e0', 'e1', 'e2', 'e3']
print(l)
try:
    l[::2] = [1]
except ValueError:
    print('ValueError extended slice size')
l[:] = 'xyz'
print(l)
l[1:2] = range(3)
print(l)
del l[::2]
print(l)
l = list(range(10))
del l[-3:]
print(l)
l[2:5] = l
print(l)
l = [1, 2, 3]
l[::-1] = [7, 8, 9]
print(l)
l[5:10] = [0]
print(l)
