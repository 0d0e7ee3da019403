# memoryview N-D indexing: m[i, j] reads and writes one item of a view cast with a shape,
# slicing the first dimension gives an N-D view; the unsupported forms raise CPython's errors
from array import array

buf = bytearray(range(24))
m = memoryview(buf).cast('B', (2, 3, 4))
print(m[0, 0, 0], m[1, 2, 3], m[-1, -1, -1], m[1, 0, 2], m[True, 1, 1])
m[1, 2, 3] = 99
print(buf[23], m[1, 2, 3], m[-1, 2, -1])
m[0, 1, 0] = 200
print(buf[4])

h = memoryview(array('h', [10, -20, 30, -40, 50, -60])).cast('B').cast('h', [2, 3])
print(h[0, 1], h[1, 2], h[-2, -3])
h[1, 0] = -7
print(h.tolist())

# a tuple key on a 1-D view
v = memoryview(b'abc')
print(v[0,], v[-1,])

# slicing the first dimension
m2 = memoryview(bytearray(range(12))).cast('B', [3, 4])
s = m2[1:3]
print(s.shape, s.strides, s.ndim, s.nbytes, s.tolist(), s[1, 3], len(s))
s[0, 0] = 77
print(m2[1, 0], m2[0:0].shape, m2[0:0].tolist(), m2[-1:].tolist(), m2[::1].shape)
print(m2[1:2].cast('B').tolist())

def setitem(o, k, v):
    o[k] = v

def delitem(o):
    del o[0, 0, 0]

def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: m[2, 0, 0])
err(lambda: m[0, 3, 0])
err(lambda: m[0, 0, -5])
err(lambda: m[0, 0])
err(lambda: m[0])
err(lambda: m[0, 0, 0, 0])
err(lambda: m[0.0, 0, 0])
err(lambda: m[0, 'a', 0])
err(lambda: m[0:1, 0:1, 0:1])
err(lambda: m['x'])
err(lambda: m[()])
err(lambda: v[0, 1])
err(lambda: v[5,])
err(lambda: setitem(m, (0, 0, 0), 256))
err(lambda: setitem(m, (0, 0, 0), 'a'))
err(lambda: setitem(m, 0, 1))
err(lambda: setitem(m, (0, 0), 1))
err(lambda: setitem(m, slice(0, 1), b'x' * 12))
err(lambda: delitem(m))
ro = memoryview(bytes(6)).cast('B', (2, 3))
print(ro[1, 2])
err(lambda: setitem(ro, (0, 0), 1))
