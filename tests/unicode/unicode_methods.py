# string methods on non-ASCII text
s = '\u00e9t\u00e9 \u00e0 la plage'
print(s.split(), s.split('\u00e9'), s.replace('\u00e9', 'e'), s.startswith('\u00e9t'), s.endswith('plage'))
print(s.find('\u00e0'), s.partition(' \u00e0 '), s.upper().lower() == s.upper().lower())
print('-'.join(['\u4e2d', '\u6587']), '\u4e2d\u6587'.center(6, '*'), '\u00e9'.ljust(3, '.') + '|', '\u00e9'.rjust(3) + '|')
print('  \u00e9\u00e9  '.strip(), '\u00e9\u00e9x\u00e9'.strip('\u00e9'), '\u4e2d' in '\u4e2d\u6587', '\u00e9' * 3)
print('\u00e9a\u00e9b'.count('\u00e9'), 'a\u00e9'.rindex('\u00e9'), 'x\u00e9y\u00e9z'.rsplit('\u00e9', 1))
print(sorted(['\u00e9', 'z', 'a', '\u4e2d']), '\u00e9' > 'z', max('a\u00e9z'))
print('%s|%5s|%-5s|' % ('\u00e9', '\u00e9', '\u4e2d'), '{:^5}|'.format('\u00e9'), '{:>3}'.format('\u00e9'))
