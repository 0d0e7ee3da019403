# bytes.hex() and bytes.fromhex()
print(b'\x00\x01\xab\xff'.hex(), b''.hex(), bytearray(b'\x10\x20').hex())
print(bytes.fromhex('deadbeef'), bytes.fromhex('00 ff 10'), bytes.fromhex(''), bytes.fromhex('AbCd'))
print(bytearray.fromhex('0102'))
for n in (0, 1, 255, 4096, 2 ** 32 - 1):
    b = n.to_bytes(4, 'big')
    assert bytes.fromhex(b.hex()) == b
print('ok')
try:
    bytes.fromhex('abc')
except ValueError:
    print('ValueError odd length')
try:
    bytes.fromhex('zz')
except ValueError:
    print('ValueError bad digit')
