# int() from strings in various bases
print(int('0'), int('123'), int('-123'), int('+45'))
print(int('  42  '), int('\t7\n'))
print(int('ff', 16), int('FF', 16), int('-ff', 16))
print(int('777', 8), int('101', 2), int('z', 36), int('Zz', 36))
print(int('0x1f', 16), int('0o17', 8), int('0b11', 2))
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('99', 0))
print(int('12345678901234567890123456789'))
print(int('-ffffffffffffffffffff', 16))
print(int('10', 3), int('10', 36))
print(int(3.9), int(-3.9), int(True), int(False))
print(int(), int(b'12'))
for s in ('', 'x', '1.5', '0x', '12a', '--1', '1 2'):
    try:
        int(s)
        print('no error', repr(s))
    except ValueError:
        print('ValueError', repr(s))
try:
    int('2', 2)
except ValueError:
    print('ValueError base 2')
try:
    int('9', 8)
except ValueError:
    print('ValueError base 8')
