# complex(): parsing, construction rules, repr and arithmetic corner cases
for s in ['1+2j', ' (1-2j) ', 'j', '-j', '+1.5J', '1e3-1e-3j', 'nan+infj', '-inf-nanj', '3', '  4.5  ', '(7)', '1_0+2_0j']:
    print(repr(s), complex(s))
for s in ['1+', '1+2', 'j1', '(1+2j', '', '1 + 2j', 'x']:
    try:
        complex(s)
    except ValueError as e:
        print('ValueError', e)
print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex(1, -0.0), complex(-0.0, 0), complex(real=3, imag=4))
print(complex(0.0, -0.0), complex(-0.0, -0.0), complex(float('nan'), -float('nan')), complex(1e16, 1e-16))
for e in ['complex("1", 2)', 'complex([])', '(1+1j) / 0', '0j ** -1', '1j < 2j', '(1+2j) // 2']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
z = 3 + 4j
print(abs(z), z.real, z.imag, z.conjugate(), -z, +z, z * z, z / 2, 2 / z, z ** 2, z ** -1, z ** 0.5, 1j ** 2, (1 + 1j) ** 100)
print(z == 3 + 4j, z != 3, (3 + 0j) == 3, 3.0 == 3 + 0j, bool(0j), bool(1j), hash(3 + 0j) == hash(3), hash(1 + 2j))
print((1 + 2j) + 1, 1 - (1 + 2j), 2.5 * (1 + 2j), (1 + 2j) * True, (2 ** 60) * 1j)
