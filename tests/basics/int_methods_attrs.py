# int methods and attributes
for n in [0, 1, -1, 255, -256, 2 ** 62, -(2 ** 62), 2 ** 100 + 1]:
    print(n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(True.real, False.imag, True.bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((0).to_bytes(0, 'big'), (5).to_bytes(), (2 ** 64).to_bytes(9, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b''), int.from_bytes(b'\x80'))
for args in [(1, 'big'), (-1, 'big')]:
    try:
        (256).to_bytes(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    (-1).to_bytes(2, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (1).to_bytes(2, 'middle')
except ValueError as e:
    print('ValueError', e)
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(2 ** 62), hash(2 ** 62 - 1), hash(-(2 ** 62)))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2.0 ** 80) == hash(2 ** 80), hash(-0.5))
