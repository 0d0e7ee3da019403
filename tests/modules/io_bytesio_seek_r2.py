import io
b = io.BytesIO(b"0123456789")
print(b.read(2), b.tell(), b.seek(3), b.read(2), b.seek(-2, 2), b.read(), b.seek(1, 1) if True else 0, b.read(), b.tell())
b.seek(2)
b.write(b"AB")
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b"Z")
print(b.getvalue(), len(b.getvalue()))
c = io.BytesIO()
c.write(b"line1\nline2\nrest")
c.seek(0)
print(c.readline(), c.readline(), c.readline(), c.readline())
c.seek(0)
print(c.read(0), c.read(100), c.read(100))
try:
    io.BytesIO().write("str")
except TypeError:
    print("TypeError")
d = io.BytesIO(bytearray(b"xy"))
d.write(memoryview(b"Q"))
print(d.getvalue(), io.BytesIO(b"abc").read(-1))
try:
    b.seek(-1)
except (ValueError, OSError):
    print("error negative seek")
