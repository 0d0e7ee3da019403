d = {}
for i in range(20000):
    d[i] = i * 2
for i in range(0, 20000, 2):
    del d[i]
print(len(d), sum(d.values()) % 100000)
for i in range(20000):
    d[str(i)] = i
print(len(d), d["19999"], d[19999])
keys = list(d)
print(keys[:3], keys[-3:])
d.clear()
print(len(d))
s = set()
for i in range(30000):
    s.add(i % 1000)
print(len(s))
