# memoryview: step slices, shape/strides/contiguity, slice assignment, cast with a shape,
# tolist, nbytes/itemsize/readonly, release
from array import array

b = bytearray(b'abcdefgh')
m = memoryview(b)
print(bytes(m[::2]), bytes(m[1::3]), bytes(m[::-1]), bytes(m[-2::-2]), bytes(m[5:1:-1]))
s = m[::2]
print(len(s), s.shape, s.strides, s.ndim, s.contiguous, s.c_contiguous, s.f_contiguous)
print(m.shape, m.strides, m.contiguous, m.nbytes, m.itemsize, m.readonly, s.nbytes)
print(m[::-1].strides, m[::-1].contiguous, m[2:3:5].contiguous, m[5:5].contiguous, m[4:1:-2].strides)
print(s[1], s[-1], bytes(s[::-1]), bytes(s[1:3]), s[::2].strides, s.tolist(), list(s))
s[0] = 65
print(b)
s[1:3] = b'XY'
print(b)
m[::3] = b'123'
print(b)
m[::-1] = b'hgfedcba'
print(b)
m[1::2] = m[::2]
print(b)
try:
    m[::2] = b'ab'
except ValueError as e:
    print('ValueError', e)
try:
    m[0:2] = array('h', [1])
except ValueError as e:
    print('ValueError', e)
print(s == b'aceg', s == memoryview(b'aaaa'), m[::2] == m[::2].tobytes(), s.tobytes(), s.hex())
print(bytes(memoryview(s)), memoryview(s).strides)

# wider items
a = array('h', [1, -2, 3, -4, 5, -6])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.nbytes, ma.shape, ma.strides, ma[::2].tolist(), ma[::-2].strides)
ma[1::2] = array('h', [20, 40, 60])
print(a)
print(ma[::-1].tolist(), ma[1:5:3].shape)

# cast with a shape
c = memoryview(bytearray(range(12)))
c2 = c.cast('B', (3, 4))
print(c2.shape, c2.strides, c2.ndim, c2.nbytes, len(c2), c2.tolist())
print(c2.contiguous, c2.c_contiguous, c2.f_contiguous, c2.format, c2.itemsize)
c3 = c.cast('h', [2, 3])
print(c3.shape, c3.strides, len(c3.tolist()), c3.nbytes)
c4 = c2.cast('B')
print(c4.shape, c4.tolist() == list(range(12)))
print(c.cast('B', [1, 12]).f_contiguous, c.cast('B', [12]).shape, c.cast('i').shape)
print(c.cast('B', [2, 2, 3]).tolist())
for bad in ((3, 5), [0, 12], (3, 'a'), 7):
    try:
        c.cast('B', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    c2.cast('B', (4, 3))
except TypeError as e:
    print('TypeError', e)
try:
    c[::2].cast('h')
except TypeError as e:
    print('TypeError', e)
try:
    c2[0]
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    c.cast('hh')
except ValueError as e:
    print('ValueError', e)
try:
    c.cast('h').cast('i')
except TypeError as e:
    print('TypeError', e)
try:
    c.cast(1)
except TypeError as e:
    print('TypeError', e)
try:
    memoryview(b'abcde').cast('h')
except TypeError as e:
    print('TypeError', e)

# read-only and release
r = memoryview(b'xyz')
print(r.readonly, r[::2].readonly, r.toreadonly().readonly, m.toreadonly().readonly)
try:
    r[::2] = b'ab'
except TypeError as e:
    print('TypeError', e)
s.release()
for f in (lambda: s.shape, lambda: s.strides, lambda: s.contiguous, lambda: s[0], lambda: s.tolist(), lambda: len(s)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(bytes(m[::3]))
with memoryview(b'abcdef')[::2] as w:
    print(bytes(w))
