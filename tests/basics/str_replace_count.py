s = "aaaa"
print(s.replace("a", "b"), s.replace("a", "b", 2), s.replace("a", "b", 0), s.replace("a", "b", -1))
print(s.replace("aa", "x"), s.replace("", "-"), "".replace("", "x"), "abc".replace("", "-", 2))
print("abc".replace("x", "y"), "abcabc".replace("bc", ""), "ab".replace("ab", "abab"))
print(b"aXbX".replace(b"X", b"yy"), bytearray(b"aa").replace(b"a", b"b"))
print("hello".replace("l", "L", 1))
try:
    "a".replace(1, "b")
except TypeError:
    print("TypeError")
