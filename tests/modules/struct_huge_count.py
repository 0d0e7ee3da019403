# Repeat counts whose total size overflows a machine word are errors, not short reads.
import struct

for fmt in ['18446744073709551617s', '2305843009213693952q', '9223372036854775808x',
            '2305843009213693952q2305843009213693952q', '99999999999999999999999999i', '9223372036854775807s9223372036854775807s']:
    for f in (struct.calcsize, lambda f: struct.unpack(f, b''), lambda f: struct.pack(f)):
        try:
            f(fmt)
            print('no error')
        except (ValueError, struct.error if hasattr(struct, 'error') else ValueError, OverflowError, MemoryError):
            print('error')
print(struct.calcsize('1000s'), struct.calcsize('<3q2x'))
