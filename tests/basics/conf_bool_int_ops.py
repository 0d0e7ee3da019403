# bool as an int subclass: result types of operators and methods, from_bytes on subclasses.
print([True & True, True | False, True ^ True, True & 1, False | 2, -True, +True, True + True,
       True * 3, True / 2, True // 1, True % 2, True ** 2, True << 2, True >> 1])
print([type(x).__name__ for x in (True & True, True & 1, False ^ False, True + 0, abs(True),
                                   round(True), int(True), True.real, True.conjugate())])
print(True.numerator, True.denominator, True.imag, True.bit_length(), True.to_bytes(1, 'big'))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self
print(repr(MyInt.from_bytes(b'\x05', 'big')), repr(MyInt(3).from_bytes(b'\x07', 'big')))
print((5).from_bytes(b'\x02', 'big'), type(True.from_bytes(b'\x02', 'big')).__name__)
print(str(True), repr(False), f'{True}', '%s %d %r' % (True, True, False), format(True, 'd'), format(False, '>6'))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), {True: 'a', 1: 'b'})
print([1, 2][True], 'ab' * True, divmod(True, 2), int.__add__(True, True), complex(True), float(True))
print(bin(True) + hex(False) + oct(True), list(range(True, 3)), [0, 1, 2][False:True], True.__index__())
