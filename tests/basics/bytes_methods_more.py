b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b.lstrip(b"H"), b.rstrip(b"d"))
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:])
print(b.decode(), b.decode("utf-8"), str(b, "utf-8"))
print(bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"y")), bytes(range(3)))
print(bytes("abc", "ascii"), bytes(), bytes(0))
print(b"%d-%s" % (5, b"x"))
print(b"abc" < b"abd", b"" == b"", b"a" * 2 + b"b")
print(list(b"\x00\x7f\xff"))
print(b"a,b,,c".split(b","), b" x ".split())
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    bytes([-1])
except ValueError:
    print("ValueError")
try:
    bytes("abc")
except TypeError:
    print("TypeError")
try:
    b"a"[5]
except IndexError:
    print("IndexError")
try:
    b"a"[0] = 1
except TypeError:
    print("TypeError")
