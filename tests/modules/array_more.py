# array.array typecodes, methods and operators
import array
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    print(tc, a, a.itemsize, len(a), a[0], a[-1], list(a), sum(a))
a = array.array('i')
print(a, len(a), bool(a))
a.append(5)
a.extend([6, 7])
a.extend(array.array('i', [8]))
print(a, a[1:3], a[::-1], a.tolist(), a.index(7), a.count(5))
a[0] = -1
del a[1]
print(a, a.pop(), a.pop(0), a)
a.insert(0, 42)
a.reverse()
print(a, 42 in a, 99 in a)
b = array.array('d', [1.5, 2.5])
print(b, b + b, b * 2, b == array.array('d', [1.5, 2.5]), b.tobytes() == bytes(b))
c = array.array('B', b'\x01\x02')
print(c, array.array('h', b'\x01\x00\x02\x00'))
c.frombytes(b'\x03')
print(c, c.typecode)
a = array.array('b', [1])
for bad in (lambda: a.append(128), lambda: array.array('B', [-1]), lambda: array.array('z'), lambda: a.append('x'), lambda: array.array('i', 'abc')):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__)
a = array.array('i', range(10))
a[2:5] = array.array('i', [0])
print(a)
del a[::3]
print(a)
