# micropython.RingIO: a fixed-size byte FIFO with a non-blocking stream interface
import micropython

r = micropython.RingIO(8)
print(r, r.any())
print(r.write(b'abc'), r.any())
print(r.read(2), r.any(), r.read(), r.read(), r.read(5))
# fills up: 8 bytes fit, the rest is refused
print(r.write(b'0123456789'), r.any(), r.write(b'x'))
print(r.read())
# wrap-around keeps the order
for i in range(5):
    r.write(b'ab\ncd')
    print(r.readline(), r.readline(), r.any())
    r.read()
r = micropython.RingIO(32)
r.write(b'line1\nline2\nrest')
print(r.readline(), r.readline(3), r.readline(), r.readline(), r.readline())
r.write(b'12345')
buf = bytearray(3)
print(r.readinto(buf), bytes(buf))
print(r.readinto(buf, 1), bytes(buf))
print(r.readinto(buf, 10), bytes(buf))
print(r.readinto(buf))
print(r.write(bytearray(b'ba')), r.write(memoryview(b'xyz')[1:]), r.read())
print(r.read(None), r.read(-1), r.read(0))
print(r.close(), r.write(b'q'), r.read())
# poll through ioctl(MP_STREAM_POLL=3, POLLIN|POLLOUT)
print(r.ioctl(3, 5))
r.write(b'x' * 40)
print(r.ioctl(3, 5), r.ioctl(3, 1), r.ioctl(3, 4))
r.read(1)
print(r.ioctl(3, 5))
try:
    r.ioctl(99, 0)
except OSError as e:
    print('OSError', e.errno)

# on a caller's buffer: one byte less than its length is usable, the data lives in it
ba = bytearray(5)
r = micropython.RingIO(ba)
print(r.write(b'ABCDEFG'), r.read(), bytes(ba[:4]))
for bad in (None, 1.5, 'ab', b'ab'):
    try:
        micropython.RingIO(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
for bad in (0, -1, 65535, bytearray(0), bytearray(1)):
    try:
        micropython.RingIO(bad)
    except ValueError:
        print('ValueError', bad)
print(micropython.RingIO(2).write(b'abc'), micropython.RingIO(bytearray(2)).write(b'abc'))
try:
    r.write(1)
except TypeError:
    print('TypeError write')
try:
    r.readinto(b'xx')
except TypeError:
    print('TypeError readinto')
try:
    micropython.RingIO()
except TypeError:
    print('TypeError no args')
