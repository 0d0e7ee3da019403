# a dict holding a long run of consecutive int keys must still find other keys quickly
N = 100000
d = {i: i for i in range(N)}
for i in range(20000):
    d["k%d" % i] = i
total = 0
for i in range(20000):
    total += d["k%d" % i]
print(len(d), total)
for i in range(0, N, 2):
    del d[i]
for i in range(5000):
    d[(i, "t")] = i
print(len(d), d[(4999, "t")], d[N - 1], d.get(0))
g = {float(i) + 0.5: i for i in range(20000)}
g.update({i: -i for i in range(50000)})
print(len(g), g[10.5], g[30000])
