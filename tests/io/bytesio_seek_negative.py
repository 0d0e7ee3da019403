# a negative absolute seek of an in-memory stream raises OSError(EINVAL), as a file's does
# (MicroPython; CPython raises ValueError); relative seeks stop at 0
import io

for s in (io.BytesIO(b"foobar"), io.StringIO("foobar")):
    try:
        s.seek(-10)
    except OSError as e:
        print("OSError", e.errno)
    s.seek(3)
    print(s.tell())
b = io.BytesIO(b"foobar")
b.seek(2)
print(b.seek(-10, 1), b.seek(-100, 2), b.read())
