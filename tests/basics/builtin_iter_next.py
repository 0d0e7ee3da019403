# iter() and next()
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'), next(it, None))
it = iter('ab')
print(list(it), list(it))
it = iter({'k': 1, 'j': 2})
print(sorted(it))
print(type(iter((1,))).__name__ != '', iter(it) is it)
try:
    next(iter(()))
except StopIteration:
    print('StopIteration')
try:
    next([1])
except TypeError:
    print('TypeError not an iterator')
it = iter(range(5))
for x in it:
    if x == 1:
        print('skip', next(it))
    print(x)
