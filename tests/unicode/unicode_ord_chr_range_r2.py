for c in [0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff]:
    ch = chr(c)
    print(hex(c), len(ch), ord(ch) == c, len(ch.encode()), ch.encode()[:1])
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, bad)
for bad in ["", "ab", "é€"]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
print(ord(b"a"), ord(bytearray(b"\xff")), ord("😀"), chr(ord("€") + 1))
s = "".join(chr(i) for i in range(0x3b1, 0x3ca))
print(s, s.upper(), len(s), s[::5], s.index("λ"), s.encode()[:6])
