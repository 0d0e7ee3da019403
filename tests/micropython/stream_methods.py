# MicroPython's stream method forms: BytesIO(n) and StringIO(n) start empty, readinto(buf, n)
# reads at most n bytes, write(buf, n) / write(buf, off, n) write part of buf; the same on binary
# files (sys.stdout.buffer); select.poll().register(-1) raises ValueError.
import io, sys, select

print(io.BytesIO(10).getvalue(), io.StringIO(4).getvalue())
s = io.StringIO(4)
s.write("hi")
print(s.getvalue())
b = io.BytesIO(b"hello world")
buf = bytearray(8)
print(b.readinto(buf, 3), bytes(buf))
print(b.readinto(buf), bytes(buf))
print(b.readinto(buf), b.readinto(buf, 0))
b = io.BytesIO()
print(b.write(b"abcdef", 2, 3), b.write(b"xyz", 2), b.write(b"q", 5, 5), b.write(b"mn", 9), b.getvalue())
try:
    b.write(b"abc", -1)
except ValueError:
    print("ValueError")
sys.stdout.buffer.write(b"stdout bytes, not these\n", 13)
sys.stdout.buffer.write(b"\n")
sys.stdout.buffer.write(b"--tail--\n", 2, 7)
f = open("stream_methods.py", "rb")
buf = bytearray(20)
print(f.readinto(buf, 8), bytes(buf[:8]))
f.close()
p = select.poll()
try:
    p.register(-1)
except ValueError as e:
    print("ValueError", e)
