# formatting with unicode text, widths count code points
w = '\u00e9\u00e8'
print('[%4s]' % w, '[%-4s]' % w, '[{:>4}]'.format(w), '[{:*^6}]'.format(w), f'[{w:<4}]')
print('[%.1s]' % w, '[{:.1}]'.format('\u4e2d\u6587'), '{0}{0}'.format('\U0001F600'))
print('\u00e9' + 'a', 'a' + '\u4e2d', ('\u00e9' * 2) + str(5))
print(str(['\u00e9', ('\u4e2d',)]), '{!r}'.format('\u00e9'))
