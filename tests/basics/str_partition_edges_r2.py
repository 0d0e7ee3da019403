for s in ["", "a", "abc", "a.b.c", ".", "..", "a..", "..a"]:
    for sep in [".", "..", "a", "abc", "zz"]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
for bad in ["", None, 1]:
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
    try:
        "abc".rpartition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
