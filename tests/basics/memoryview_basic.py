# memoryview: reading, slicing, writing through
b = b'abcdef'
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:4]), bytes(m[1:]))
print(list(m[2:4]), bytes(m) == b)
ba = bytearray(b'hello world')
m = memoryview(ba)
m[0] = 72
print(ba)
m[6:11] = b'WORLD'
print(ba)
sub = m[6:]
sub[0] = ord('w')
print(ba, len(sub))
sub2 = sub[1:3]
sub2[:] = b'OO'
print(ba)
try:
    memoryview(b'ro')[0] = 1
except TypeError:
    print('TypeError readonly')
m2 = memoryview(bytearray(4))
m2[1:3] = b'\x01\x02'
print(bytes(m2))
import array
a = array.array('h', [1, 2, 3])
ma = memoryview(a)
print(len(ma), ma[1], list(ma))
ma[1] = -5
print(list(a))
