# chr() and ord()
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('\x00'), ord('\x7f'))
print(chr(97), chr(65), chr(48), repr(chr(0)), repr(chr(10)))
print([chr(i) for i in range(100, 110)])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(ord(b'a'), ord(b'\xff'))
for c in range(0, 128, 17):
    assert ord(chr(c)) == c
try:
    chr(0x110000)
except ValueError:
    print('ValueError')
try:
    ord('')
except TypeError:
    print('TypeError')
