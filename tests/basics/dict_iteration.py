# iterating dicts in various ways and mutating values
d = {'x': 1, 'y': 2, 'z': 3}
for k in d:
    d[k] *= 10
print(d)
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print(list(enumerate(d)), dict(sorted(d.items(), key=lambda kv: -kv[1])))
inv = {v: k for k, v in d.items()}
print(inv)
keys = list(d)
for k in keys:
    if d[k] > 10:
        del d[k]
print(d)
print(sum(d.values()), max(d), min(d.items()))
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'], nested.get('a', {}).get('zz', 'none'))
