# if / elif / else
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(n) for n in (-5, 0, 3, 10, 99)])
for v in (0, 1, '', 'a', [], [0], None, 0.0, {}):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 3
if x > 1 and x < 5 or x == 100:
    print('range')
if not x == 4:
    print('not 4')
if x: pass
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, [] or 'd')
