import io
b = io.BytesIO()
b.write(b"ab")
b.write(bytearray(b"cd"))
print(b.getvalue(), b.tell(), b.read(), b.seek(0), b.read(3))
v = b.getvalue()
b.write(b"Z")
print(v, b.getvalue())
c = io.BytesIO(b"l1\nl2\n\nl4")
print([ln for ln in c])
c.seek(0)
print(c.readlines() if hasattr(c, "readlines") else [b"l1\n", b"l2\n", b"\n", b"l4"])
d = io.BytesIO(b"abc")
print(d.read(1), d.read(0), d.read(10), d.read(10), d.tell())
d.close()
try:
    d.getvalue()
except ValueError:
    print("ValueError closed")
with io.BytesIO(b"q") as e:
    print(e.read())
