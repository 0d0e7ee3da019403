# exec/eval locals must be a mapping; a non-dict must be a TypeError, not a crash
for loc in (5, 'abc', [], None, {}):
    try:
        exec('x = 1', {}, loc)
        print('ok', loc)
    except TypeError:
        print('TypeError')
    try:
        print(eval('y', {'y': 2}, loc))
    except TypeError:
        print('TypeError')
class D(dict):
    pass
d = D()
exec('z = 3', {}, d)
print(d['z'])
