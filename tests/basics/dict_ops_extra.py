# dict operations beyond the basics
d = dict(a=1, b=2)
print(d, dict([('x', 1), ['y', 2]]), dict({'k': 'v'}, z=0), dict(zip('abc', range(3))))
print(d | {'c': 3}, {'a': 0} | d)
d |= [('e', 5)]
print(d)
d |= {'a': 100}
print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e.args[0]))
try:
    d[[1]] = 2
except TypeError:
    print('TypeError')
try:
    [1] in d
except TypeError:
    print('TypeError in')
print(d.setdefault('n', []), d.setdefault('a', 5), d)
print(d.pop('n'), d.pop('zz', 'dflt'))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError', e)
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del d[i]
print(d, len(d))
d[0] = 'new'
print(list(d)[-1], list(d.items())[:2])
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == [], {1: 2, 3: 4} == {3: 4, 1: 2})
print(1 == 1.0, {1: 'x'}[1.0], {True: 'y'}[1])
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
dk = {K(1): 'one', K('s'): 'str'}
print(dk[K(1)], dk, K(2) in dk)
r = {}
r['self'] = r
print(r)
print(list(reversed({'a': 1, 'b': 2, 'c': 3})))
big = {}
for i in range(1000):
    big[str(i)] = i
print(len(big), big['999'], sum(big.values()))
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:3], '500' in big, '501' in big)
