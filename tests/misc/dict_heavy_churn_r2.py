# dict insert/delete churn keeps order and contents right
d = {}
for i in range(2000):
    d[i] = i * i
for i in range(0, 2000, 3):
    del d[i]
for i in range(0, 2000, 7):
    d[i] = -i
keys = list(d)
print(len(d), keys[:5], keys[-5:], sum(d.values()) % 100003, d.get(21), d.get(3), 6 in d, 7 in d)
s = set()
for i in range(3000):
    s.add(i % 997)
    if i % 5 == 0:
        s.discard((i * 7) % 997)
print(len(s), min(s), max(s), sum(s))
words = {}
for i in range(1000):
    w = "w%d" % (i % 137)
    words[w] = words.get(w, 0) + 1
print(len(words), sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
e = dict.fromkeys(range(100))
while e:
    e.popitem()
print(e, len(e))
