for t in (bytes, bytearray):
    s = t(b"abcabcabc")
    for sub in (b"", b"a", b"bc", 97, 99):
        for st, en in [(None, None), (1, None), (1, 0), (-3, None), (2, -2), (10, None), (-100, 100), (9, 9)]:
            print(t.__name__, sub, st, en, s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en))
    print(s.startswith(b"abc", 3), s.endswith(b"abc", 0, 6), s.startswith((b"x", b"ab")), s.endswith(b"", 20))
    for a in [(b"z",), (120,)]:
        try:
            s.index(*a)
        except ValueError:
            print("ValueError")
    try:
        s.find(256)
    except ValueError:
        print("ValueError 256")
    try:
        s.find("a")
    except TypeError:
        print("TypeError str")
