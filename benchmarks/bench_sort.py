# sorting ints, strings and records with keys
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        yield seed
g = lcg(42)
ints = [next(g) % 1000000 for _ in range(200000)]
strs = ['s%07d' % (next(g) % 10000000) for _ in range(100000)]
recs = [(next(g) % 100, 'n%d' % i, i) for i in range(100000)]
acc = 0
a = sorted(ints)
acc += a[0] + a[-1] + a[100000]
a.sort(reverse=True)
acc += a[12345]
b = sorted(strs)
acc += int(b[500][1:]) + int(b[-1][1:])
c = sorted(recs, key=lambda r: (r[0], r[1]))
acc += c[0][2] + c[-1][2] + c[50000][2]
d = sorted(strs, key=len)
acc += len(d[0])
e = sorted(ints[:50000], key=lambda v: -v)
acc += e[0]
print(acc)
