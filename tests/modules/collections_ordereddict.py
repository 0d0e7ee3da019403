# collections.OrderedDict
from collections import OrderedDict
d = OrderedDict()
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(list(d.keys()), list(d.values()), list(d.items()))
d['z'] = 10
print(list(d.items()))
del d['a']
d['a'] = 0
print(list(d))
print(d.popitem(), list(d))
o2 = OrderedDict([('b', 1), ('a', 2)])
print(list(o2), o2['b'], len(o2), 'a' in o2)
print(isinstance(o2, dict))
