d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError:
    print("RuntimeError add")
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError del")
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError:
    print("RuntimeError set")
d = {"a": 1}
ks = d.keys()
d["b"] = 2
print(list(ks), len(ks))
for k in list(d):
    del d[k]
print(d)
