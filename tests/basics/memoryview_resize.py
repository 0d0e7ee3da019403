# Resizing a bytearray/array that a memoryview exports is allowed (CPython: BufferError); the
# view re-derives its window from the object on each access: it follows the memory, is cut when
# the object shrinks below it, and never touches freed memory. Also: a += a, extend(view of
# self), struct.pack_into whose values resize the target.
ba = bytearray(b'abcdef')
m = memoryview(ba)[2:5]
print(bytes(m), len(m))
ba[0:0] = b'XYZ' * 1000
print(bytes(m), len(m))
del ba[3:]
print(bytes(m), len(m), m.nbytes)
ba.extend(b'0123456789')
print(bytes(m), len(m))
m[0] = 0x41
print(ba[:8])
ba.clear()
print(len(m), bytes(m), list(m))
try:
    m[0]
except IndexError:
    print('IndexError')
ba = bytearray(b'ab')
ba += ba
print(ba)
ba.extend(memoryview(ba))
print(ba)
ba += memoryview(ba)[1:3]
print(ba)
import array
a = array.array('i', [1, 2, 3])
m = memoryview(a)
a.extend(range(1000))
print(m[2], len(m))
a.pop(); del a[1:]
print(len(m), m.tolist())
class BA(bytearray): pass
b = BA(b'hello')
m = memoryview(b)
b.extend(b'x' * 10000)
print(bytes(m[:5]))
import struct
ba = bytearray(8)
class I:
    def __index__(self):
        ba.extend(b'z' * 100000)
        return 7
try:
    struct.pack_into('i', memoryview(ba), 0, I())
except Exception as e:
    print(type(e).__name__)
print(len(ba))
