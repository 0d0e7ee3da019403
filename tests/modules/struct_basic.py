# struct pack/unpack/calcsize
import struct
print(struct.calcsize('<b'), struct.calcsize('<h'), struct.calcsize('<i'), struct.calcsize('<q'), struct.calcsize('<f'), struct.calcsize('<d'))
print(struct.calcsize('<bhiq'), struct.calcsize('>3s'), struct.calcsize('<2H'), struct.calcsize('<xbx'))
print(struct.pack('<b', -1), struct.pack('<B', 255), struct.pack('<h', -2), struct.pack('>h', -2))
print(struct.pack('<H', 0x1234), struct.pack('>H', 0x1234), struct.pack('!H', 0x1234))
print(struct.pack('<i', -123456), struct.pack('>I', 0xdeadbeef), struct.pack('<l', 7), struct.pack('>L', 7))
print(struct.pack('<q', -2), struct.pack('>Q', 2 ** 64 - 1))
print(struct.pack('<f', 1.5), struct.pack('>d', -0.25), struct.pack('<d', 1e100))
print(struct.pack('<3s', b'abcdef'), struct.pack('<5s', b'ab'), struct.pack('<s', b'xyz'))
print(struct.pack('<bxh', 1, 2), struct.pack('<2b3h', 1, 2, 3, 4, 5))
print(struct.unpack('<b', b'\xff'), struct.unpack('<B', b'\xff'), struct.unpack('>h', b'\xff\xfe'))
print(struct.unpack('<I', b'\x78\x56\x34\x12'), struct.unpack('>I', b'\x78\x56\x34\x12'))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8))
print(struct.unpack('<f', struct.pack('<f', 0.5)), struct.unpack('>d', struct.pack('>d', 3.141592653589793)))
print(struct.unpack('<3sH', b'abc\x01\x00'), struct.unpack('<hxxh', b'\x01\x00\x00\x00\x02\x00'))
print(struct.unpack('<2i', struct.pack('<2i', -5, 5)))
for fmt, v in (('<h', 32767), ('<h', -32768), ('<i', -(2 ** 31)), ('<Q', 2 ** 63), ('>b', -128)):
    assert struct.unpack(fmt, struct.pack(fmt, v))[0] == v
print('roundtrip ok')
