for t in (bytes, bytearray):
    b = t(b"  a b\t\nc  ")
    print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(b" "), b.split(b" ", 2))
    print(t(b"a,b,,c").split(b","), t(b"a,b,,c").rsplit(b",", 1), t(b"").split(), t(b"").split(b","))
    print(b.strip(), b.lstrip(), b.rstrip(), t(b"xxaxx").strip(b"x"), t(b"xyaxy").lstrip(b"yx"))
    print(t(b"a.b.c").partition(b"."), t(b"a.b.c").rpartition(b"."), t(b"abc").partition(b"z"), t(b"abc").rpartition(b"z"))
    print(t(b"aaa").replace(b"a", b"bb", 2), t(b"abc").replace(b"", b"-"), t(b"x").replace(b"x", b""))
    print(t(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    for bad in [["a"], [1], 5]:
        try:
            t(b",").join(bad)
        except TypeError:
            print("TypeError", bad)
    try:
        b.split(b"")
    except ValueError:
        print("ValueError")
    print(type(b.split()[0]).__name__, type(b.strip()).__name__, type(t(b"a").partition(b"a")[0]).__name__)
