print('single', "double", '''triple
line''', """tri "double" """)
print('a' 'b' "c", 'con' 'cat'
      'enated')
print(r'raw\n', R'\d+', rb'\x00', Rb'x', BR'y', br'\t')
print('\x41\101\u0042')
print(b'\x41\x00\xff', b'abc'[0], len(b'\n\t\r\\'))
print('\'quote\'', "\"dq\"", '\\', '\a\b\f\v' == '\x07\x08\x0c\x0b')
print('line\
continued')
print(len('''a
b'''), 'tab\there')
print(u'unicode prefix', 'é', len('日本'), '\u00e9' == 'é')
print(f'{1 + 1}' 'plain' f"{'x'}")
s = 'abc' \
    'def'
print(s)
print('%s' % 'fmt', 'a\0b'.split('\0'))
print(b'a' b'b', type(b'' b''))
print(repr('\n'), repr("'"), repr('"'), repr('\'"'))
print(repr(b"'"), repr(b'\x7f'), repr('\x7f'))
