# every one-argument builtin applied to values of the builtin types: result type or exception type
vals = [0, -7, 2**80, True, 0.0, -2.5, 1j, "", "a1", b"ab", [], [3, 1], (), (2, 1), {}, {1: 2}, set(), {5}, frozenset(), None, range(2), ...]
funcs = [abs, bool, int, float, complex, str, repr, len, list, tuple, set, frozenset, dict, sorted, reversed, iter,
         min, max, sum, any, all, hash, callable, bin, hex, oct, chr, ord, round, bytes, enumerate, type]
for v in vals:
    row = []
    for f in funcs:
        try:
            r = f(v)
            n = type(r).__name__
            if "iter" in n or n.startswith("rev"):
                n = "iter"  # iterator type names are implementation details
            row.append(n[:4])
        except Exception as e:
            row.append(type(e).__name__[:4])
    print(repr(v)[:8], " ".join(row))
