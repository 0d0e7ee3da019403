# every binary operator between values of the builtin types: result or exception type
vals = [0, 1, -3, 2**40, True, 0.0, 2.5, 1j, "ab", b"ab", [1], (1,), {1: 2}, {1}, frozenset([2]), None, range(3)]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", ">", ">=", "==", "!=", "in", "@"]
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            if (op in ("**", "<<") and type(b) is int and b > 100) or (op == "%" and isinstance(a, (str, bytes, bytearray))):
                row.append("big")
                continue
            try:
                r = eval("a %s b" % op)
                row.append(type(r).__name__[:3])
            except Exception as e:
                row.append(type(e).__name__[:3])
        print(type(a).__name__, type(b).__name__, " ".join(row))
