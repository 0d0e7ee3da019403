s = "  \t\n xxhixx \r\x0b\x0c"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("xyhiyx".lstrip("yx")), repr("xyhiyx".rstrip("y")))
print(repr("abc".strip("")), repr("abc".strip("abc")), repr("".strip("a")), repr("aaa".rstrip("a")))
print(repr(" a ".strip(None)), repr(" a ".lstrip(None)), repr(" a ".rstrip(None)))
print(repr("\x1c\x1d\x1e\x1fa\x1f".strip()), repr("\x85a\xa0".strip()))
try:
    "a".strip(1)
except TypeError:
    print("TypeError")
print(repr("mississippi".strip("mis")), repr("mississippi".rstrip("ip")))
print(repr("www.example.com".strip("cmowz.")))
