# str.join
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), ' '.join([]))
print('<>'.join(('1', '2')), ', '.join(str(i) for i in range(5)), 'x'.join(['only']))
print('+'.join({'k': 1, 'j': 2}), '\n'.join(['line1', 'line2']))
try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError')
try:
    ','.join(5)
except TypeError:
    print('TypeError')
