# int.to_bytes and int.from_bytes (unsigned)
print((1).to_bytes(1, 'little'))
print((258).to_bytes(2, 'little'), (258).to_bytes(2, 'big'))
print((258).to_bytes(4, 'little'), (258).to_bytes(4, 'big'))
print((0).to_bytes(3, 'big'))
print((2 ** 64 - 1).to_bytes(8, 'little'))
print((2 ** 80 + 5).to_bytes(12, 'big'))
print(int.from_bytes(b'\x01\x02', 'little'), int.from_bytes(b'\x01\x02', 'big'))
print(int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff' * 16, 'little'))
print(int.from_bytes(bytes(range(1, 11)), 'big'))
for n in (0, 1, 127, 128, 65535, 2 ** 40 + 3, 2 ** 100 - 1):
    b = n.to_bytes(16, 'big')
    assert int.from_bytes(b, 'big') == n
    b = n.to_bytes(16, 'little')
    assert int.from_bytes(b, 'little') == n
print('roundtrip ok')
print(int.from_bytes(bytearray(b'\x00\x01'), 'big'))
