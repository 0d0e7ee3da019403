b = bytearray(b"0123456789")
b[2:5] = b"xy"
print(b)
b[::3] = b"ABC"
print(b)
b[1:1] = [65, 66]
print(b)
del b[::2]
print(b)
b[-2:] = bytearray(b"zz")
print(b)
try:
    b[::2] = b"x"
except ValueError:
    print("ValueError")
l = list(range(8))
l[1:7:2] = "abc"
print(l)
l[::-1] = range(8)
print(l)
l[5:2:-1] = [0, 0, 0]
print(l)
l[:] = ()
print(l)
t = tuple(range(10))
print(t[slice(2, 8, 3)], t[slice(None)], t[slice(-3, None)], "abcdef"[slice(1, -1, 2)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3))
s = slice(5)
print(s.start, s.stop, s.step, repr(s))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    [1, 2][::0]
except ValueError:
    print("ValueError")
try:
    "abc"[::0]
except ValueError:
    print("ValueError")
