# format specs for strings and format() builtin
print(repr(format('abc', '')), repr(format('abc', '5')), repr(format('abc', '>5')), repr(format('abc', '^6')))
print(repr(format('abcdef', '.3')), repr(format('abcdef', '8.2')), repr(format('ab', '*<5')))
print(repr(format('x', 's')), repr(format('', '3')), repr(format('long string', '4')))
print('{:^11}'.format('center'), '|', '{:.^11}'.format('dot'))
print(format(None, ''), format([1], ''), format((1, 2), ''))
print(format(12), format(1.5), format('s'))
try:
    format('abc', 'd')
except ValueError:
    print('ValueError')
try:
    format(1, 's')
except ValueError:
    print('ValueError')
