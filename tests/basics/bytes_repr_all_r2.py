print(bytes(range(256)))
print(bytearray(range(0, 256, 7)))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\t\n\r\x0b\x0c"))
print(b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 3, 2 * bytearray(b"xy"), b"" * 5)
print(b"abc"[1], b"abc"[-1], b"abc"[::-1], b"abcdef"[1::2], bytearray(b"abcdef")[::-2], b"abc"[5:])
print(b"a" < b"b", b"ab" < b"a", b"" < b"\x00", b"abc" == bytearray(b"abc"), bytearray(b"x") <= b"x")
print(97 in b"abc", b"bc" in b"abc", b"" in b"", bytearray(b"c") in b"abc")
try:
    1000 in b"abc"
except ValueError:
    print("ValueError")
try:
    "a" in b"abc"
except TypeError:
    print("TypeError")
