# utf-8 encode / decode round trips
for s in ['', 'ascii', 'caf\u00e9', '\u4e2d\u6587', '\U0001F600\U0001F601', '\u0000\u007f\u0080\u07ff\u0800\uffff\U00010000\U0010ffff']:
    b = s.encode('utf-8')
    print(len(s), len(b), b, b.decode('utf-8') == s, str(b, 'utf-8') == s)
print('\u00e9'.encode(), bytes('\u00e9', 'utf-8'), bytearray('\u00e9', 'utf-8'))
print(b'\xe2\x82\xac'.decode(), b'\xf0\x9f\x98\x80'.decode() == '\U0001F600')
for bad in (b'\xff', b'\xc3', b'\xe2\x82', b'\x80abc'):
    try:
        bad.decode('utf-8')
        print('decoded?')
    except UnicodeError:
        print('UnicodeError', bad)
