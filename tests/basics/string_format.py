# str.format with positional and keyword fields
print('{} {} {}'.format(1, 'a', None))
print('{0} {1} {0}'.format('x', 'y'))
print('{a} {b} {a}'.format(a=1, b=2))
print('{0} {name} {1}'.format(10, 20, name='n'))
print('{{literal}} {}'.format('ok'), '{{}}'.format())
print('{!r} {!s}'.format('q', 'q'), '{0!r:>6}'.format('ab'))
print('{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'))
print('{0:*^9}'.format('mid'), '{:-<4}'.format(1), '{:#>4}'.format(2))
w = 7
print('{:{}}|'.format('x', w), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('{:>{width}}'.format('right', width=8))
print('{}'.format([1, {'a': (2,)}]), '{}'.format(3.5), '{}'.format(2 ** 65))
try:
    '{}{}'.format(1)
except IndexError:
    print('IndexError')
try:
    '{missing}'.format()
except KeyError:
    print('KeyError')
try:
    '{0}{}'.format(1, 2)
except ValueError:
    print('ValueError mixing')
