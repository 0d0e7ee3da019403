# subclassing dict
class Default(dict):
    def get2(self, k):
        return self[k] if k in self else 'none'
d = Default(a=1)
d['b'] = 2
print(sorted(d.items()), d.get2('a'), d.get2('z'), len(d))
print(isinstance(d, dict))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in 'abracadabra':
    c.add(ch)
print(sorted(c.items()))
class Attr(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = 'x'
a = Attr(p=1, q=2)
print(sorted(a.keys()), a.extra, a['p'])
