# str and bytes methods called with arguments of the wrong type
s = "hello world"
b = b"hello world"
args = [1, None, "l", b"l", ["l"], ("l", "o"), 2.5]
for name in ("find", "rfind", "index", "count", "startswith", "endswith", "split", "rsplit", "strip",
             "partition", "replace", "join", "center", "zfill", "encode" if False else "lower"):
    for obj in (s, b):
        row = []
        for a in args:
            m = getattr(obj, name)
            try:
                if name == "replace":
                    r = m(a, a)
                elif name in ("center", "zfill"):
                    r = m(a)
                elif name == "lower":
                    r = m()
                else:
                    r = m(a)
                row.append(type(r).__name__[:3])
            except Exception as e:
                row.append(type(e).__name__[:3])
        print(name, type(obj).__name__, " ".join(row))
