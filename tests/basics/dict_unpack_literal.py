# ** unpacking in dict literals
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'x': 0, **d1, 'b': 99})
print({**{}})
print({**d1, 'a': 'A', **{'z': 26}})
