class T:
    def __init__(self, name, val):
        self.name, self.val = name, val
    def __bool__(self):
        print('bool', self.name)
        return self.val
    def __repr__(self):
        return self.name
a, b, c = T('a', True), T('b', False), T('c', True)
print(a and b)
print(b or c)
print(a and c or b)
print(not b)
r = b and 1 / 0
print(r)
if a and not b:
    print('branch taken')
print([x for x in (a, b, c) if x])
print(any([b, c]), all([a, b]))
x = a if b else c
print(x)
while b:
    pass
print('done')
