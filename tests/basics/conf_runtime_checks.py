# Runtime checks with CPython's exception types: with-statement managers lacking a method,
# exception chaining attributes, translate() mapping range, bytearray's repr quoting.
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for mgr in [NoEnter(), NoExit(), 5]:
    try:
        with mgr:
            print('body ran')
    except TypeError as e:
        print('TypeError', type(mgr).__name__)
class Ok:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit')
try:
    with Ok(), NoExit():
        print('body ran')
except TypeError:
    print('TypeError after first manager')

e = ValueError('x')
for v in [5, 'a', KeyError, None, KeyError('k')]:
    try:
        e.__cause__ = v
        print('cause', repr(e.__cause__), e.__suppress_context__)
    except TypeError:
        print('TypeError cause', repr(v))
    try:
        e.__context__ = v
        print('context', repr(e.__context__))
    except TypeError:
        print('TypeError context', repr(v))

for table in [{97: 2 ** 40}, {97: -1}, {97: 0x110000}, {97: 0x10ffff}, {97: 98}, {97: 1.5}]:
    try:
        print(ascii('abc'.translate(table)))
    except (ValueError, TypeError) as err:
        print(type(err).__name__)

for b in [b"'", b'"', b'\'"', b'a\\b', b'']:
    print(repr(bytearray(b)), repr(b))
