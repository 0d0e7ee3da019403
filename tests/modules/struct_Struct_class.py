# struct.Struct objects and struct.iter_unpack
import struct
S = struct.Struct('<HHI')
print(S.size, S.format, type(S).__name__)
data = S.pack(1, 2, 0xDEADBEEF)
print(data, S.unpack(data), S.unpack_from(b'xx' + data, 2), S.unpack_from(data, offset=0))
buf = bytearray(10)
S.pack_into(buf, 1, 7, 8, 9)
print(buf)
print(list(S.iter_unpack(data + data)))
print(list(struct.iter_unpack('>h', b'\x00\x01\xff\xfe')))
B = struct.Struct(b'>2sf')
print(B.format, B.size, B.unpack(B.pack(b'ok', 1.5)))
for bad in (lambda: S.pack(1, 2), lambda: S.unpack(b'abc'), lambda: list(S.iter_unpack(b'123')), lambda: struct.Struct('Z')):
    try:
        bad()
    except struct.error:
        print('struct.error')
records = [(i, -i, i * 1000) for i in range(3)]
R = struct.Struct('<bhi')
blob = b''.join(R.pack(*r) for r in records)
print(len(blob), [R.unpack_from(blob, k * R.size) for k in range(len(records))])
