# Sequence positions past a machine word (found by tests/fuzz/gen_programs.py, seed 1038):
# list.insert/list.pop raise OverflowError as CPython's ssize_t conversion does; subscripting a
# str, bytes, bytearray or array with such an int is IndexError; list.index's bounds clamp.
import array

for big in [2**62, 2**63, -2**63 - 1, 2**100, -2**100]:
    for name, f in [('insert', lambda: [1, 2].insert(big, 9)), ('pop', lambda: [1, 2].pop(big)),
                    ('index', lambda: [1, 2].index(1, big)), ('index2', lambda: [1, 2].index(2, 0, big)),
                    ('list', lambda: [1, 2][big]), ('tuple', lambda: (1, 2)[big]),
                    ('str', lambda: 'ab'[big]), ('bytes', lambda: b'ab'[big]),
                    ('bytearray', lambda: bytearray(b'ab')[big]), ('array', lambda: array.array('i', [1])[big]),
                    ('range', lambda: range(5)[big]), ('find', lambda: 'ab'.find('a', big)),
                    ('slice', lambda: [1, 2][big:]), ('strslice', lambda: 'abc'[-big:big]),
                    ('setitem', lambda: [1, 2].__setitem__(big, 1)), ('delitem', lambda: [1, 2].__delitem__(big))]:
        try:
            print(name, big, f())
        except Exception as e:
            print(name, big, type(e).__name__)
l = [1, 2]
l.insert(2**62, 3)
l.insert(-2**62, 0)
print(l)
