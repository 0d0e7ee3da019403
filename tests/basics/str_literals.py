# string literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print('a\nb')
print('tab\there', 'cr\rX', 'back\\slash', 'quote\'s', "dq\"s")
print(repr('\a\b\f\v'), repr('\0'), repr('\x41\x42'), repr('\101\102'), repr('\7'))
print('\u0041\U00000042', len('\u00e9'), len('\U0001F600'))
print('concat' 'enated' "strings")
print('line\
continued')
s = '''multi
line
string'''
print(s, len(s.split('\n')))
print(r'raw\nstring', r'\x41', R'\\', len(r'\n'))
print(rb'raw\bytes', Rb'\x00', br'\t')
print('%', '{', '}', '#not comment')
print("mixed 'quotes' here", 'and "these"')
print(''.join(['\x68', '\151', '\u0021']))
