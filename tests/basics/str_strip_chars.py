print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "abc".strip("abc"))
print(repr("\t\n x \r\x0b\x0c".strip()))
print("aaa".lstrip("a") == "", "hello".rstrip("lo"), "hello".lstrip("he"))
print("x".strip(None), b"  ab ".strip(), b"xxaxx".strip(b"x"), bytearray(b" q ").strip())
print("www.example.com".strip("cmowz."))
try:
    "a".strip(1)
except TypeError:
    print("TypeError")
