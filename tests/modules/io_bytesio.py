# io.BytesIO
import io
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')))
print(b.getvalue())
b.seek(0)
print(b.read(2), b.read(), b.read())
b = io.BytesIO(b'\x00\x01\x02\x03')
print(b.read(1), b.tell(), b.seek(3), b.read())
b.seek(1)
b.write(b'ZZ')
print(b.getvalue())
b = io.BytesIO(b'l1\nl2\n')
print(b.readline(), b.readline(), b.readline())
