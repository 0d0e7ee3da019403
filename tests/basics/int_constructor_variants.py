# int() constructor: strings, bases, bytes, floats, errors
print(int(), int(7), int(-7.9), int(7.9), int(True), int('  42  '), int('-0'), int('+17'))
print(int('1_000'), int('0x1f', 16), int('0x_1f', 0), int('0b101', 0), int('0o17', 0), int('z', 36), int('Z', 36))
print(int('000', 0), int('0_0', 0), int('10', 2), int('ff', base=16), int(b'123'), int(bytearray(b' -5 ')))
print(int('123456789012345678901234567890'), int('-' + '1' * 30))
print(int(1e20), int(-1e25), int(2.0 ** 70))
for bad in ['', ' ', '1_', '_1', '1__0', '0x', '1.5', 'abc', '12a', '- 1', '09']:
    try:
        int(bad, 0 if bad == '09' else 10)
    except ValueError as e:
        print('ValueError', e)
try:
    int(b'xy')
except ValueError as e:
    print('ValueError', e)
try:
    int('1', 1)
except ValueError as e:
    print('ValueError', e)
try:
    int('1', 37)
except ValueError as e:
    print('ValueError', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    int([1])
except TypeError as e:
    print('TypeError', e)
class A:
    def __int__(self):
        return 99
class B:
    def __index__(self):
        return 7
print(int(A()), int(B()))
