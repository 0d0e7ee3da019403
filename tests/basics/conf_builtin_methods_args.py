# Every public method of the built-in types called with a spread of argument shapes: the
# result or the exception type must match CPython's.
samples = {'list': lambda: [3, 1, 2], 'dict': lambda: {'a': 1, 'b': 2}, 'set': lambda: {1, 2}, 'frozenset': lambda: frozenset({1, 2}),
 'str': lambda: 'Hello World', 'bytes': lambda: b'Hello World', 'bytearray': lambda: bytearray(b'Hello'), 'tuple': lambda: (1, 2, 1),
 'int': lambda: 42, 'float': lambda: 2.5, 'complex': lambda: 1+2j, 'range': lambda: range(5)}
argsets = [(), (1,), ('l',), (b'l',), (1, 2), ('l', 1), ([1],), (None,), (-1,), (1, 2, 3)]
names = {}
for tn, mk in samples.items():
    names[tn] = [m for m in dir(mk()) if not m.startswith('_')]
for tn, mk in samples.items():
    for m in names[tn]:
        if m in ('fromhex', 'maketrans', 'fromkeys', 'from_bytes', 'to_bytes', 'hex', 'encode', 'decode', 'format', 'format_map', 'translate', 'expandtabs', 'isascii', 'casefold', 'splitlines', 'mro', 'removeprefix', 'removesuffix', 'is_integer', 'as_integer_ratio', 'bit_count', 'conjugate', 'real', 'imag', 'numerator', 'denominator', 'start', 'stop', 'step'):
            continue
        row = []
        for a in argsets:
            o = mk()
            try:
                r = getattr(o, m)(*a)
                s = repr(r)
                if isinstance(r, (set, frozenset)):  # (CPython's str hashes vary run to run)
                    s = type(r).__name__ + repr(sorted(r, key=repr))
                if len(s) > 30: s = s[:30]
                row.append(s)
            except Exception as e:
                row.append(type(e).__name__)
        for kw in ({'x': 1}, {'key': None}, {'reverse': True}, {'sep': None}, {'maxsplit': 1}):
            o = mk()
            try:
                r = getattr(o, m)(**kw)
                s = repr(r)
                if isinstance(r, (set, frozenset)):
                    s = type(r).__name__ + repr(sorted(r, key=repr))
                row.append(s[:30])
            except Exception as e:
                row.append(type(e).__name__)
        print(tn, m, ' | '.join(row))
