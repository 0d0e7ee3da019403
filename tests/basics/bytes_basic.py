# bytes construction, indexing, slicing
b = b'hello'
print(b, b[0], b[-1], b[1:3], b[::-1], b[::2], len(b))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b'copy'), bytes('str', 'utf-8'))
print(bytes(bytearray(b'ba')), bytes(), bytes((1, 2)))
print(b'\x00\x01\xfe\xff', b'\n\t\\', b"'", b'"', b'\x7f')
print(b + b' world', b * 2, b'' * 3, 2 * b'ab')
print(b == b'hello', b != b'hell', b < b'help', b'a' in b'cat', 104 in b, 120 in b)
print(list(b'abc'), [x for x in b'\x01\x02'])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b'abc' == 'abc', hash(b'ab') == hash(b'ab'))
try:
    b[0] = 1
except TypeError:
    print('TypeError immutable')
try:
    b'a' + 'b'
except TypeError:
    print('TypeError')
print(str(b'abc', 'utf-8'), b'abc'.decode(), b'\xc3\xa9'.decode('utf-8') == '\u00e9')
