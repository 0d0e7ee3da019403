# center / ljust / rjust
print('[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7) + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(2) + ']', '[' + ''.center(3, '-') + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.ljust(5, '.') + ']', '[' + 'abcdef'.ljust(3) + ']')
print('[' + 'ab'.rjust(5) + ']', '[' + 'ab'.rjust(5, '0') + ']', '[' + 'ab'.rjust(0) + ']')
for w in range(1, 8):
    print(repr('x'.center(w, '=')), repr('xy'.center(w, '=')))
