s = "abababa"
print(s.count("a"), s.count("aba"), s.count(""), s.count("x"))
print(s.count("a", 2), s.count("a", 2, 5), s.count("a", -3), s.count("a", -100, 100))
print("".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 5))
print("aaaa".count("aa"), s.count("b", 10))
print(b"abcabc".count(b"bc"), b"aaa".count(b""), bytearray(b"xyx").count(b"x"))
try:
    s.count(1)
except TypeError:
    print("TypeError")
