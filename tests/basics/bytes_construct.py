# bytes constructors and conversions
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(3)), bytes(b'abc'), bytes(bytearray(b'xy')))
print(bytes('abc', 'utf-8'), bytes('é', 'utf-8'), bytes('abc', encoding='ascii'), bytes((x for x in [65, 66])))
import array
print(bytes(array.array('B', [1, 2])), bytes(memoryview(b'mv')))
for bad in (lambda: bytes('abc'), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'abc'[0], b'abc'[-1], list(b'abc'), b'a' in b'abc', 97 in b'abc', b'' in b'abc')
print(b'ab' + b'cd', b'ab' * 3, 3 * b'x', b'abc' == b'abc', b'abc' < b'abd', b'ab' == 'ab')
print(b'abc' == bytearray(b'abc'), hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\x00\xff\n\t\\'), str(b'hi'))
print(b'hello'.decode(), b'abc'.decode('ascii'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
try:
    b'\xff'.decode()
except UnicodeError:
    print('UnicodeError')
print(bytes.fromhex('01 ff 10'), bytearray.fromhex('abcd'), b'\x01\xff'.hex(), b'\x01\x02\x03'.hex(':'))
print(b'a,b,c'.split(b','), b' a  b '.split(), b'abc'.upper(), b'ABC'.lower(), b'  x '.strip())
print(b'abc'.find(b'c'), b'abc'.find(99), b'abc'.replace(b'b', b'XX'), b'-'.join([b'a', b'b']))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'x'.center(5, b'*'), b'42'.zfill(4))
