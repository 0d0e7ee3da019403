import array
a = array.array("h", [1, -2, 300])
m = memoryview(a)
print(len(m), m[0], m[1], m[2], list(m))
m[1] = 7
print(a, m.itemsize, m.nbytes, m.format)
b = memoryview(bytearray(b"\x01\x00\x02\x00\xff\xff\x00\x80"))
c = b.cast("h")
print(len(c), c.itemsize, c.format, list(c) == [1, 2, -1, -32768])
u = c.cast("B")
print(list(u), len(u))
try:
    b[:3].cast("h")
except TypeError:
    print("TypeError length")
try:
    c.cast("i")
except TypeError:
    print("TypeError non-byte")
with memoryview(b"abc") as mv:
    print(bytes(mv))
for op in (lambda: mv[0], lambda: len(mv), lambda: bytes(mv), lambda: mv.tobytes(), lambda: list(mv)):
    try:
        op()
        print("no error")
    except ValueError:
        print("ValueError released")
m2 = memoryview(bytearray(b"xyz"))
m2.release()
m2.release()
print(m2 == m2, m2 == memoryview(b"xyz"))
try:
    m2[0] = 1
except ValueError:
    print("ValueError released set")
