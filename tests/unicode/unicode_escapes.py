# unicode escapes in string literals
print('\u00e9' == '\xe9' == '\U000000e9', len('\u20ac'), '\u20ac'.encode())
print('\x41\u0042\U00000043', '\101')
print(b'\xc3\xa9' == '\u00e9'.encode('utf-8'))
print(r'\u00e9', len(r'\u00e9'))
