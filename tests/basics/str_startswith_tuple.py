s = "hello world"
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6), s.endswith(""))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.startswith(()))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.startswith("h", -100))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), bytearray(b"abc").startswith(b"ab"))
try:
    s.startswith(1)
except TypeError:
    print("TypeError")
try:
    s.endswith(["a"])
except TypeError:
    print("TypeError")
