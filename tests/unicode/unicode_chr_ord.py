# chr/ord across the code point range
for cp in (0x41, 0xe9, 0x3b1, 0x4e2d, 0xffff, 0x10000, 0x1F600, 0x10ffff):
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, len(c.encode('utf-8')))
print(chr(0x263a), chr(0x20ac), ord('\u20ac'), ord('\U0001F40D'))
print(''.join(chr(0x3b1 + i) for i in range(5)))
print([ord(c) for c in '\u00e9\u00e8'])
