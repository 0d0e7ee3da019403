# struct: native alignment, more codes, error texts
import struct
print(struct.calcsize('@ic'), struct.calcsize('@ci'), struct.calcsize('@bq'), struct.calcsize('=bq'), struct.calcsize('@hbi'))
print(struct.calcsize('P'), struct.calcsize('n'), struct.calcsize('l'), struct.calcsize('<l'), struct.calcsize('4s2x?'))
print(struct.pack('<?', []), struct.pack('<?', 5), struct.pack('<c', b'z'), struct.pack('<3c', b'a', b'b', b'c'))
print(struct.pack('<e', 1.5), struct.pack('<e', -0.0), struct.pack('<e', 65504.0), struct.pack('<e', 6e-8), struct.unpack('<e', b'\x00\x3c'))
print(struct.unpack('<3e', struct.pack('<3e', 0.1, 1e-7, float('inf'))))
print(struct.pack('5p', b'abc'), struct.unpack('5p', b'\x03abcd'), struct.unpack('<?c2s', b'\x02xyz'))
print(struct.pack('@bi', 1, 2), struct.unpack('@bi', struct.pack('@bi', -1, -2)))
print(struct.pack('<q', 2 ** 63 - 1), struct.pack('<Q', 2 ** 64 - 1), struct.unpack('<Q', b'\xff' * 8))
print(struct.unpack_from('<h', b'\x00\x01\x02', offset=1), struct.unpack_from('<B', b'abc', -1))
for e in ['struct.pack("b", 200)', 'struct.pack("B", -1)', 'struct.pack("<h", 40000)', 'struct.pack("<H", -1)',
          'struct.pack("<i", 2 ** 31)', 'struct.pack("<I", -1)', 'struct.pack("<q", 2 ** 63)', 'struct.pack("<Q", -1)',
          'struct.pack("b", 1.0)', 'struct.pack("c", 1)', 'struct.pack("s", 1)', 'struct.pack("ii", 1)', 'struct.pack("i", 1, 2)',
          'struct.unpack("i", b"12")', 'struct.unpack_from("i", b"12", 1)', 'struct.calcsize("y")', 'struct.pack("<e", 1e6)',
          'struct.pack("3")', 'struct.pack_into("i", bytearray(2), 0, 1)', 'struct.unpack_from("i", b"1234", -5)']:
    try:
        print(eval(e))
    except Exception as ex:
        print(ex)
