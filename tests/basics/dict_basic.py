# dict basics
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), (1, 2)]), dict({'q': 0}), dict(zip('ab', [1, 2])))
print(dict({'a': 1}, b=2), dict([('a', 1)], a=5))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e.args)
keys = {1: 'int', 1.5: 'float', 'str': 's', (1, 2): 'tuple', None: 'none', True: 'true?', frozenset([1]): 'fs'}
print(len(keys), keys[1], keys[(1, 2)], keys[None], keys[frozenset([1])])
print({1: 'a', 1.0: 'b', True: 'c'})
try:
    {[1]: 2}
except TypeError:
    print('TypeError unhashable')
big = {}
for i in range(1000):
    big[i] = i * i
print(len(big), big[999], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big.get(2), big.get(3))
e = {}
print(bool(e), bool({0: 0}))
