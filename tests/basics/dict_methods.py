# dict methods
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 'def'))
print(d.setdefault('a', 5), d.setdefault('b', 6), d.setdefault('c'), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError:
    print('KeyError')
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(w=4)
print(d)
c = d.copy()
c['x'] = 100
print(d['x'], c['x'])
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0), dict.fromkeys([]))
c.clear()
print(c)
e = {'k': 1}
print(e.popitem(), e)
try:
    e.popitem()
except KeyError:
    print('KeyError empty popitem')
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {} == {})
print({1: [1, 2]} == {1: [1, 2]}, {'a': 1} == {'a': 1, 'b': 2})
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
