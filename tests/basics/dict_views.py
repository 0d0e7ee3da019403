# dict views
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
print(list(k), list(v), list(it))
del d['a']
print(sorted(k), len(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val)
print(list(reversed(list(d.values()))))
