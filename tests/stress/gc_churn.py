# many small allocations with results checked
import gc
total = 0
for i in range(200000):
    t = (i, i + 1)
    l = [i, t]
    total += l[1][1] - l[0]
print(total)
class Obj:
    def __init__(self, v):
        self.v = v
        self.data = [v] * 3
keep = []
for i in range(50000):
    o = Obj(i)
    if i % 1000 == 0:
        keep.append(o)
print(len(keep), sum(o.v for o in keep), keep[-1].data)
s = 0
for i in range(30000):
    d = {'a': i, 'b': str(i)}
    s += len(d['b'])
print(s)
gc.collect()
strs = []
for i in range(10000):
    strs.append('x' * (i % 50) + str(i))
print(sum(len(x) for x in strs))
chain = None
for i in range(20000):
    chain = (i, chain)
n = 0
while chain:
    n += chain[0]
    chain = chain[1]
print(n)
