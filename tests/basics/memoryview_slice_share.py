# memoryview attributes, tolist, tobytes and shared slices
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m.readonly, m.itemsize, m.nbytes, m.format, m.tolist(), m.tobytes(), m.hex())
s = m[2:5]
print(bytes(s), len(s), s.tobytes(), s == b'cde', s == b'xyz')
s[0] = 90
print(ba)
ba2 = bytearray(b'xy')
ba2[0:1] = m[0:1]
print(ba2)
r = memoryview(b'readonly')
print(r.readonly, r[1:3].tobytes(), list(r[-2:]))
try:
    r[0] = 1
except TypeError:
    print('TypeError')
try:
    m[0:2] = b'abc'
except ValueError:
    print('ValueError')
try:
    memoryview('str')
except TypeError:
    print('TypeError str')
import array
a = array.array('i', [10, 20, 30])
v = memoryview(a)
print(v.itemsize, v.nbytes, v.tolist(), v[1:].tolist())
