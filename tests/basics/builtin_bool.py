# bool() constructor
for v in (0, 1, -1, 0.0, 0.1, '', ' ', [], [[]], (), (0,), {}, {0: 0}, set(), None, 0j, 1j, b'', b'\x00', range(0), range(1)):
    print(repr(v), bool(v))
print(bool(), type(bool(1)).__name__)
print(True and 'x', False or 'y')
