# __missing__ on a dict subclass is called for absent keys
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d['zz'], len(d), 'zz' in d)
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for w in 'a b a c a b'.split():
    c[w] += 1
print(sorted(c.items()))
