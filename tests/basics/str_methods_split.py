# str.split / rsplit
print('a b  c'.split(), '  lead and trail  '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.split(',', 0), ','.split(','))
print('a::b::c'.split('::'), 'abc'.split('abc'), ''.split(','))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), 'a b c d'.rsplit(' ', 1))
print('a,b,c'.rsplit(','), 'a,b,c'.rsplit(',', 1), 'x\ty\nz'.split())
print('  a  b  '.rsplit(None, 1), '1-2-3-4'.rsplit('-', 2))
print('k=v=w'.split('=', 1), 'no sep here'.split('|'))
try:
    'abc'.split('')
except ValueError:
    print('ValueError empty separator')
print('a\u00e9b\u00e9c'.split('\u00e9'))
