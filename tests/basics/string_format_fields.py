# str.format with attribute and index lookups in field names
class P:
    x = 3
    y = 'why'
p = P()
print('{0.x} {0.y}'.format(p))
print('{p.x}-{p.y}'.format(p=p))
print('{0[1]} {0[0]}'.format(['a', 'b']))
print('{d[key]} {d[k2]}'.format(d={'key': 'v', 'k2': 2}))
print('{0[1][0]}'.format([0, 'xyz']))
print('{0.x:>4}|'.format(p))
