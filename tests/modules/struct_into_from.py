# struct.pack_into / unpack_from and errors
import struct
buf = bytearray(10)
struct.pack_into('<HH', buf, 2, 0x0102, 0x0304)
print(buf)
print(struct.unpack_from('<HH', buf, 2), struct.unpack_from('<B', buf), struct.unpack_from('>H', buf, 4))
print(struct.unpack_from('<b', b'\x00\x80', 1))
try:
    struct.unpack('<I', b'\x00\x00')
except Exception:
    print('error short buffer')
