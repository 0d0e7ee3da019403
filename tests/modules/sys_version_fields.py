# sys.version_info and sys.implementation.version: tuples whose items are also named fields
import sys

v = sys.version_info
print(v.major == v[0], v.minor == v[1], v.micro == v[2], v[:2] == (v.major, v.minor))
print(v >= (3, 4), v < (4,), isinstance(v, tuple), v.major)
a, b, c = v[:3]
print(a == v.major, type(v.minor) is int, len(tuple(v)) == len(v))
iv = sys.implementation.version
print(iv.major == iv[0], iv.minor == iv[1], iv.micro == iv[2], isinstance(iv, tuple), len(iv) >= 3)
try:
    v.nosuchfield
except AttributeError:
    print('AttributeError')
