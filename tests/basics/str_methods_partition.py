# partition / rpartition
print('key=value'.partition('='), 'key=value=x'.partition('='), 'novalue'.partition('='))
print('key=value=x'.rpartition('='), 'novalue'.rpartition('='), '=start'.partition('='))
print('a--b--c'.partition('--'), 'a--b--c'.rpartition('--'), ''.partition('x'))
try:
    'abc'.partition('')
except ValueError:
    print('ValueError')
try:
    'abc'.rpartition('')
except ValueError:
    print('ValueError')
