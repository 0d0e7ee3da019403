from collections import defaultdict, OrderedDict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], len(d), 'c' in d, d.get('c'), len(d))
print(d['c'], len(d), sorted(d.keys()))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), isinstance(c, dict), c.default_factory)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(dict(c) == {'m': 1, 'i': 4, 's': 4, 'p': 2}, type(c.copy()).__name__, c.copy()['zz'])
o = OrderedDict()
o['b'] = 1
o['a'] = 2
o['c'] = 3
print(o, list(o), o.popitem(), o.popitem(last=False), o)
o.update(x=1, y=2)
o.move_to_end('x')
print(list(o))
o.move_to_end('y', last=False)
print(list(o), o == OrderedDict([('y', 2), ('a', 2), ('x', 1)]), o == {'x': 1, 'a': 2, 'y': 2})
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), OrderedDict())
print(o.keys(), isinstance(o, dict))
