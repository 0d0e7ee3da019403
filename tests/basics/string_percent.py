# %-formatting: conversions
print('%s|%r' % ('x', 'x'))
print('%d %i %d' % (42, -7, 2 ** 70))
print('%x %X %o' % (255, 255, 8), '%x' % -255, '%o' % -8)
print('%e %E' % (12345.678, 0.000123))
print('%f %F' % (3.14159, 2.5))
print('%g %G %g %g %g' % (0.0001, 1e-10, 123456, 1234567, 1.5))
print('%c%c' % ('A', 98))
print('%%d literal and %s' % 'arg')
print('%s' % [1, 2], '%s' % ((1, 2),), '%s %s' % (None, True))
print('%r' % 'quote\'s', '%r' % b'by', '%s' % 1.0)
print('%d' % 3.99, '%d' % -3.99, '%d' % True)
print('%s and %s' % ('a', 'b'), '%s' % 'single')
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%(x)r %(x)s' % {'x': 'v'})
try:
    '%d' % 'str'
except TypeError:
    print('TypeError')
try:
    '%s %s' % ('only one',)
except TypeError:
    print('TypeError few args')
try:
    '%s' % ('a', 'b')
except TypeError:
    print('TypeError too many')
