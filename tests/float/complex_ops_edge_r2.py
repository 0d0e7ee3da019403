vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex(-0.0, 0), complex(1e300, 1e-300), complex("inf"), complex("nan+1j")]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else "nan", -z, +z, z == z, bool(z))
for s in ["1+2j", " (3-4j) ", "j", "-j", "+1.5J", "1e3j", "2", "(-0-0j)", "inf+nanj", "-1E-3-1E+3j", "1_0+2_0j"]:
    print(repr(s), complex(s))
for s in ["1+", "j1", "1+2", "(1+2j", "1 + 2j", "", "1+2jj", "1+2i"]:
    try:
        complex(s)
        print("no error", s)
    except ValueError:
        print("ValueError", repr(s))
print(complex(1, 2) * complex(3, -1), (1 + 2j) / (3 - 4j), (2 + 0j) ** 2, (1j) ** 2, 1j ** 0, (1 + 1j) ** -1, 2 ** (1j * 0), pow(1j, 2))
print(complex(1.5), complex(2, 3.5), complex(1j, 1j), complex(real=1, imag=2), complex(True, False), 1j == complex(0, 1), 1 == 1 + 0j, 1j != 1)
for op in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: (1 + 1j) / 0, lambda: 0j ** -1, lambda: complex("1", 2)]:
    try:
        print(op())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__)
print(hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5), {1j: "a"}[complex(0, 1)], format(1 + 2j), "{:.2f}".format(1.234 + 5.678j), format(3j, ">10"))
