# a dict with 100k int keys
d = {}
for i in range(100000):
    d[i * 7] = i
print(len(d), d[7 * 99999], (7 * 3 + 1) in d)
total = 0
for k in d:
    total += k
print(total)
for i in range(0, 100000, 2):
    del d[i * 7]
print(len(d), sum(d.values()))
s = {}
for i in range(20000):
    s['key%d' % i] = i
print(len(s), s['key19999'], 'key20000' in s)
big = {i: str(i) for i in range(100000)}
print(len(big), big[99999], list(big)[:3])
