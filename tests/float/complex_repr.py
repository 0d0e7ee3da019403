# repr of complex numbers
for c in (1j, 2j, 1 + 1j, -1 + 2j, 1 - 2j, 1.5 + 2.5j, complex(0, 0), complex(3, 0), complex(-3, 0),
          complex(1e20, 1e-20), complex(float('inf'), 1), complex(1, float('nan')), 1e100j, 0.1 + 0.2j):
    print(repr(c), str(c))
print([1j, 2 + 3j])
