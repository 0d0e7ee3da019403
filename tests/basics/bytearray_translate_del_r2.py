t = bytes.maketrans(b"abc", b"xyz")
for typ in (bytes, bytearray):
    s = typ(b"aabbccdd")
    print(s.translate(t), s.translate(t, b"d"), s.translate(None, b"ab"), s.translate(None), s.translate(t, b""), type(s.translate(None)).__name__)
try:
    b"x".translate(b"short")
except ValueError:
    print("ValueError")
print(bytearray.maketrans(b"x", b"y")[120], len(bytes.maketrans(b"", b"")))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError:
    print("ValueError maketrans")
