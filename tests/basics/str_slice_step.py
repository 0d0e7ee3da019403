# slicing str with steps, incl. negative
s = 'abcdefghij'
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3], s[-1:-5:-1])
print(s[100:], s[-100:3], s[5:2], s[::100], s[::-100], repr(s[3:3]))
print(s[None:None:None], s[slice(1, 4)], s[slice(None, None, -3)])
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
b = b'abcdef'
print(b[::2], b[::-1], b[4:1:-1], b[-2:])
