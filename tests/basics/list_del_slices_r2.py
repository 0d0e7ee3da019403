for sl in [slice(None, None, 2), slice(1, None, 2), slice(None, None, -2), slice(8, 1, -3), slice(2, 5),
           slice(5, 2), slice(-2, None), slice(None, -8), slice(100, None), slice(None, None, 100), slice(None, None, -1)]:
    l = list(range(10))
    del l[sl]
    print(sl, l)
l = list(range(5))
del l[-1], l[0]
print(l)
try:
    del l[10]
except IndexError:
    print("IndexError")
try:
    del l[::0]
except ValueError:
    print("ValueError")
l = [1, 2, 3]
del l[:]
print(l, len(l))
