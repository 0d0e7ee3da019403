# array(typecode, other_array) converts item by item (values must fit); extend() and += of
# another kind refuse; slices, in-place ops, comparisons between kinds
import array

print(array.array('b', array.array('h', [1, -3])), array.array('d', array.array('i', [2])))
print(array.array('q', array.array('B', [255])), array.array('f', array.array('d', [0.5])))
for bad in (lambda: array.array('b', array.array('h', [300])), lambda: array.array('B', array.array('b', [-1]))):
    try:
        bad()
    except OverflowError:
        print('OverflowError')
for bad in (lambda: array.array('b').extend(array.array('h', [1])), lambda: array.array('b') + array.array('h')):
    try:
        bad()
    except TypeError:
        print('TypeError')
a = array.array('h', [1, 2, 3, 4])
a[1:3] = array.array('h', [9])
print(a, a == array.array('i', [1, 9, 4]), a < array.array('b', [1, 10]))
del a[::2]
a += array.array('h', [7])
a *= 2
print(a, a.tolist(), 9 in a, a.count(7), a.index(7))
