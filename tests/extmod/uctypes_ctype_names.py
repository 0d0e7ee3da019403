# uctypes: the C type names (SHORT, INT, LONG, ...) alias the fixed-size types of an LP64 host
import uctypes

print(uctypes.SHORT == uctypes.INT16, uctypes.USHORT == uctypes.UINT16)
print(uctypes.INT == uctypes.INT32, uctypes.UINT == uctypes.UINT32)
print(uctypes.LONG == uctypes.INT64, uctypes.ULONG == uctypes.UINT64)
print(uctypes.LONGLONG == uctypes.INT64, uctypes.ULONGLONG == uctypes.UINT64)
desc = {"s": 0 | uctypes.SHORT, "i": 4 | uctypes.INT, "l": 8 | uctypes.ULONG}
buf = bytearray(16)
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.LITTLE_ENDIAN)
s.s = -2
s.i = -3
s.l = 2**64 - 1
print(uctypes.sizeof(desc), s.s, s.i, hex(s.l), bytes(buf))
