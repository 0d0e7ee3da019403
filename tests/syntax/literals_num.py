# numeric literal forms
print(0, 00, 0_0, 7, 1_000_000)
print(0x_ff, 0XFF, 0xdead_beef, 0o17, 0O7_7, 0b1010, 0B1_0)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffffffffffff)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(-9223372036854775808, 9223372036854775807, 4611686018427387904)
print(1.5, .5, 5., 1e10, 1E-5, 1.5e+3, 1_0.0_1, 1e1_0)
print(0.0, 00.5, 0e0, 1e-3)
print(1j, 1.5J, 1e3j, 0j, 2 + 3j)
print(type(1), type(1.0), type(1j), type(10 ** 30))
x = 1
print(x.real, 1 .real, (1).imag)
