s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", -1))
print(s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 2))
print("  a  b   c ".split(), "  a  b   c ".split(None, 1), "  a  b   c ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("a b".split(maxsplit=0), " a b ".split(maxsplit=0), " a b ".rsplit(maxsplit=0))
print("aXXbXXc".split("XX"), "aXXXb".split("XX"), "aXXXb".rsplit("XX"))
print("a\tb\nc\rd\x0be\x0cf".split())
print(b"a b  c".split(), b"a,b".split(b","), bytearray(b"x y").split())
try:
    "abc".split("")
except ValueError:
    print("ValueError")
try:
    "abc".rsplit("")
except ValueError:
    print("ValueError")
print("1 2 3".split(sep=None, maxsplit=1))
