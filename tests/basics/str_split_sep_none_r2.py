tests = ["", " ", "  a  b  ", "a\tb\nc\x0bd\x0ce\rf", "a,b,,c,", ",,", "abc", "   abc"]
for t in tests:
    for ms in (-1, 0, 1, 2, 10):
        print(repr(t), ms, t.split(None, ms), t.rsplit(None, ms))
        print(t.split(",", ms), t.rsplit(",", ms))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("aaa".split("a"), "aaa".split("aa"), "aaaa".rsplit("aa"))
print("x".split(maxsplit=0), "  x  y ".split(maxsplit=1), "  x  y ".rsplit(maxsplit=1))
print("a b".split(sep=None), "a b".split(sep=" "))
for bad in ["", b"x", 3]:
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
