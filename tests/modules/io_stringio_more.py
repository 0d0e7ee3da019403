# io.StringIO / BytesIO behaviour in detail
import io
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.tell(), s.readlines(), s.read(), repr(s.readline()))
s.seek(0)
print([l for l in s])
s = io.StringIO()
print(s.write('abc'), s.write('é'), s.getvalue(), s.tell())
s.seek(1)
s.write('X')
print(s.getvalue(), s.read(), s.read(5))
s.seek(0)
print(s.read(2), s.read(), s.seek(0, 2))
s.truncate(2)
print(s.getvalue())
with io.StringIO('w') as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.getvalue())
b.seek(0, 2)
b.write(b'!')
b.seek(-2, 1)
print(b.read(), b.tell())
b = io.BytesIO()
b.write(bytearray(b'xy'))
b.write(memoryview(b'z'))
print(b.getvalue(), b.seek(5), b.write(b'q'), b.getvalue())
try:
    io.StringIO().write(b'x')
except TypeError:
    print('TypeError')
try:
    io.BytesIO().write('x')
except TypeError:
    print('TypeError')
