s = "hello world"
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 5))
print(s.find(""), s.rfind(""), s.find("", 20), s.find("", 11), s.rfind("", 3, 5))
print(s.find("xyz"), s.rfind("xyz"), s.find("d", -1), s.find("h", -100))
print(s.index("w"), s.rindex("l"), s.index("l", 4))
for m in (s.index, s.rindex):
    try:
        m("z")
    except ValueError:
        print("ValueError")
try:
    s.index("h", 1)
except ValueError:
    print("ValueError")
print(b"abc".find(b"c"), b"abc".rfind(b"a"), b"abc".find(99), b"abcb".rfind(98))
print(b"abc".index(b"b"), bytearray(b"abc").find(b"bc"))
print(s.find("o", None, None), s.find("lo", 2, None))
